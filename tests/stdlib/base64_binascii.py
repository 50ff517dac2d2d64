import base64, binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\xfd']:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
    print(base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data, base64.b32hexencode(data))
print(base64.b64decode('Zm9v YmFy\n'), base64.b64decode(b'Zm9vYg=='), base64.b64decode(b'Zm9vYg==trailing'), base64.urlsafe_b64decode('-_8='))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.encodebytes(b'x' * 60))
for bad in [lambda: base64.b64decode('Zm9vY'), lambda: base64.b64decode('Zm9vYmE'), lambda: base64.b64decode('Zm9v!', validate=True),
            lambda: base64.b32decode('ABC'), lambda: base64.b16decode('zz'), lambda: base64.b64decode('é'), lambda: base64.b64encode('str'),
            lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz')]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify(b'01ab'), binascii.hexlify(b'abc', '-'), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.b2a_base64(b'hi'), binascii.a2b_base64(b'aGk=\n'), issubclass(binascii.Error, ValueError))
