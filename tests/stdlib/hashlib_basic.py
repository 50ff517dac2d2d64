import hashlib

msgs = [b'', b'abc', b'hello world', b'x' * 55, b'x' * 56, b'x' * 64, b'y' * 111, b'y' * 112, b'z' * 200, bytes(range(256))]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for m in msgs:
        print(name, len(m), getattr(hashlib, name)(m).hexdigest())
h = hashlib.sha256()
for chunk in [b'hel', b'lo ', b'', b'world']:
    h.update(chunk)
c = h.copy()
c.update(b'!')
print(h.hexdigest(), c.hexdigest(), h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
print(h.name, h.digest_size, h.block_size, hashlib.new('MD5', b'a').hexdigest(), len(hashlib.sha512().digest()))
print(hashlib.md5(bytearray(b'ba')).hexdigest(), hashlib.sha1(memoryview(b'mv')).hexdigest())
for bad in [lambda: hashlib.sha256('str'), lambda: hashlib.new('nope'), lambda: hashlib.md5(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
