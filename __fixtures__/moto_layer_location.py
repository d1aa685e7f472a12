"""moto's server, with GetLayerVersion's Content.Location made downloadable.

moto 5.2.5 answers Content.Location "s3://" (no bucket, no key); AWS answers a presigned HTTPS URL
of the layer's zip. To test `lambda-layer verify ARN` end to end, this starts the same server with
one change: the layer version's bytes are put into moto's own S3 (bucket moto-layer-content) and
Location is a presigned GET URL of that object on this server, as AWS presigns its own.
Usage: python moto_layer_location.py PORT
"""
import sys

import boto3
from botocore.config import Config
from moto import server
from moto.awslambda import models as awslambda
from moto.s3.models import s3_backends

PORT = sys.argv[1]
BUCKET = "moto-layer-content"
_original = awslambda.LayerVersion.get_layer_version


def get_layer_version(self):
    answer = _original(self)
    s3 = s3_backends[self.account_id]["aws"]
    if BUCKET not in s3.buckets:
        s3.create_bucket(BUCKET, "us-east-1")
    key = f"{self.region}/{self.name}/{self.version}.zip"
    s3.put_object(BUCKET, key, self.code_bytes)
    presigner = boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{PORT}",
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(s3={"addressing_style": "path"}),
    )
    answer["Content"]["Location"] = presigner.generate_presigned_url(
        "get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=600
    )
    return answer


awslambda.LayerVersion.get_layer_version = get_layer_version
server.main(["-H", "127.0.0.1", "-p", PORT])
