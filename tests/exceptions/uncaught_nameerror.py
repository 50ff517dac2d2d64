def go():
    return undefined_thing + 1
go()
