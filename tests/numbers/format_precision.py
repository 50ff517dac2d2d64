# very high precision float formatting (exact decimal expansions)
for v in [5e-324, 0.1, 1.5, 1e300, -2.5e-300, 0.0, 123.456]:
    for s in ['.800g', '.100e', '.60g', '.45g', '.41e', '.40e', '#.50g', '.350f', '.1000f', '.70', '.17e', '.39g', '.1100e']:
        print(s, format(v, s))
print('%.100e' % 0.1, '%.60g' % 1.5, '%.500f' % 5e-324)
