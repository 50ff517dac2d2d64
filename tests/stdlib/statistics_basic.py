import statistics as s
from fractions import Fraction as F

print(s.mean([1, 2, 3, 4]), s.mean([1, 2, 3]), s.mean([1.5, 2.5]), s.median([3, 1, 2]), s.median([1, 2, 3, 4]), s.mode([1, 1, 2]))
print(s.stdev([1, 2, 3, 4]), s.variance([1, 2, 3, 4]), s.pstdev([1, 2, 3, 4]), s.pvariance([1, 2, 3, 4]), s.fmean([1, 2, 3]))
print(s.median_low([1, 2, 3, 4]), s.median_high([1, 2, 3, 4]), s.multimode('aabbc'), s.harmonic_mean([1, 2, 4]), s.geometric_mean([1, 2, 4]))
print(s.mean([F(1, 2), F(1, 3)]), s.variance([F(1, 2), F(1, 3), F(1)]), s.mean([1, 2.5]), s.stdev([2.5, 3.25, 5.5]), s.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(s.quantiles([1, 2, 3, 4, 5], n=10, method='inclusive'), s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(s.stdev([0.1, 0.2, 0.3, 0.4, 0.5]), s.pstdev([10**20, 10**20 + 1]), s.mean([0.1] * 10), s.variance([2, 4, 4, 4, 5, 5, 7, 9]), s.stdev(range(100)))
print(s.fmean([1, 2, 3], weights=[3, 2, 1]), s.mode(['red', 'blue', 'red']), s.pvariance([F(1, 4), F(5, 4)]), s.median([F(1, 2), F(3, 2)]))
for bad in [lambda: s.mean([]), lambda: s.stdev([1]), lambda: s.variance([]), lambda: s.median([]), lambda: s.mode([]), lambda: s.harmonic_mean([-1, 2]), lambda: s.quantiles([1, 2], n=0)]:
    try:
        print(bad())
    except s.StatisticsError as e:
        print(type(e).__name__, e)
