# integer literals in every base, with underscores
print(0, 00, 0_0, 7, 1_000_000, 0x1F, 0XfF, 0o17, 0O7_7, 0b1010, 0B1_0)
print(123456789012345678901234567890, 0xdead_beef_cafe_babe_1234)
print(-1, +1, ~5, --3, -(-4))
print(1 .real, 0x10 .bit_length())
print(type(0), type(0b1), type(10**20))
