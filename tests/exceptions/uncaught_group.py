raise ExceptionGroup('many', [ValueError('one'), TypeError('two')])
