print('pkg init', __name__, __package__)
value = 1
