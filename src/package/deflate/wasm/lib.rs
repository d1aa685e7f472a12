//! Exports for src/package/deflate/worker.ts: buffers in the module's memory, one compressor per
//! level, and raw DEFLATE of a whole buffer. libdeflate is built freestanding, so its allocations
//! come here, to Rust's allocator.

use core::ffi::{c_int, c_void};
use libdeflate_sys::{
    libdeflate_alloc_compressor_ex, libdeflate_compressor, libdeflate_deflate_compress,
    libdeflate_options,
};
use std::alloc::{alloc, dealloc, Layout};

/// Every block starts with a header holding its full size, so `free` needs no size argument.
const HEADER: usize = 16;

unsafe extern "C" fn block_alloc(size: usize) -> *mut c_void {
    let Some(total) = size.checked_add(HEADER) else {
        return core::ptr::null_mut();
    };
    let Ok(layout) = Layout::from_size_align(total, HEADER) else {
        return core::ptr::null_mut();
    };
    let block = alloc(layout);
    if block.is_null() {
        return core::ptr::null_mut();
    }
    (block as *mut usize).write(total);
    block.add(HEADER) as *mut c_void
}

unsafe extern "C" fn block_free(pointer: *mut c_void) {
    if pointer.is_null() {
        return;
    }
    let block = (pointer as *mut u8).sub(HEADER);
    let total = (block as *const usize).read();
    dealloc(block, Layout::from_size_align_unchecked(total, HEADER));
}

/// A buffer of `size` bytes in the module's memory, or 0 when memory cannot grow that far.
#[no_mangle]
pub extern "C" fn buffer_alloc(size: usize) -> *mut u8 {
    unsafe { block_alloc(size) as *mut u8 }
}

#[no_mangle]
pub unsafe extern "C" fn buffer_free(pointer: *mut u8) {
    block_free(pointer as *mut c_void)
}

/// A compressor for `level` (0-12), or 0 for a level libdeflate does not have.
#[no_mangle]
pub extern "C" fn compressor_new(level: c_int) -> *mut libdeflate_compressor {
    let options = libdeflate_options {
        sizeof_options: core::mem::size_of::<libdeflate_options>(),
        malloc_func: Some(block_alloc),
        free_func: Some(block_free),
    };
    unsafe { libdeflate_alloc_compressor_ex(level, &options) }
}

/// Raw DEFLATE of `input` into `output`: the compressed size, or 0 when it does not fit in
/// `capacity` bytes (the caller then stores the data as it is).
#[no_mangle]
pub unsafe extern "C" fn deflate(
    compressor: *mut libdeflate_compressor,
    input: *const u8,
    length: usize,
    output: *mut u8,
    capacity: usize,
) -> usize {
    libdeflate_deflate_compress(
        compressor,
        input as *const c_void,
        length,
        output as *mut c_void,
        capacity,
    )
}
