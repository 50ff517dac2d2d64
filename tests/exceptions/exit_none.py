import sys
print('clean')
sys.exit()
