# -*- coding: utf-8 -*-
café = 'naïve'
π = 3.14159
变量 = 'chinese'
print(café, π, 变量)
def ф(x): return x * 2
print(ф(21))
print('日本' + 'ü', len('日本'), 'é'.upper())
s = "tab\there ünïcödé ✓ 🐍"
print(s, len(s))
print(f'{café!a}', ascii('é'))
ｗｉｄｔｈ = 5
print(width)
