print(ExceptionGroup[int], BaseExceptionGroup[ValueError], enumerate[str])
print(isinstance(1, int | str), issubclass(bool, int | None))
