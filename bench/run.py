"""Side-by-side benchmark runner: each program under ./krait and under
CPython (its real binary), alternating, RUNS times each.  Checks that both
print the same, then prints a table of median times, the krait/CPython
ratio, peak RSS of each, and the geometric mean of the ratios.

    python3 bench/run.py [--runs N] [--cpu] [--cpython PATH] [--krait PATH] [names...]

--cpu reports CPU seconds (user + system, from the children's rusage)
instead of wall seconds: on a shared, loaded machine they vary far less.
"""
import math
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


CPU = False


def run_once(argv):
    if CPU:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
        out, err = p.communicate()
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        return t, out, err, p.returncode
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE)
    out, err = p.communicate()
    # wait4 already reaped by communicate(); use the children rusage delta instead
    t = time.perf_counter() - t0
    return t, out, err, p.returncode


def startup_time(argv, n=20):
    """Seconds per start of an interpreter that runs nothing.  Spawned
    directly (no pipes, no Popen machinery) n times, so the runner's own
    overhead does not hide the difference being measured."""
    devnull = os.open(os.devnull, os.O_RDWR)
    acts = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    for _ in range(n):
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=acts)
        os.waitpid(pid, 0)
    t = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.close(devnull)
    if CPU:
        t = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return t / n


def peak_rss_kb(argv):
    # the peak is taken by /usr/bin/time, a small process: a child forked
    # (or spawned) from this runner would count the runner's own memory,
    # which it shares until exec, in its ru_maxrss (a floor of ~10 MB)
    import tempfile
    if os.path.exists('/usr/bin/time'):
        with tempfile.NamedTemporaryFile('r') as f:
            subprocess.call(['/usr/bin/time', '-f', '%M', '-o', f.name] + argv, cwd=HERE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return int(f.read().split()[-1])
    pid = os.fork()
    if pid == 0:
        os.chdir(HERE)
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    return ru.ru_maxrss


def main():
    args = sys.argv[1:]
    runs = 3
    cpython = None
    krait = os.path.join(ROOT, 'krait')
    names = []
    while args:
        a = args.pop(0)
        if a == '--runs':
            runs = int(args.pop(0))
        elif a == '--cpython':
            cpython = args.pop(0)
        elif a == '--cpu':
            global CPU
            CPU = True
        elif a == '--krait':
            krait = os.path.abspath(args.pop(0))
        else:
            names.append(a)
    if cpython is None:
        cpython = subprocess.check_output(
            ['python3', '-c', 'import sys; print(sys.executable)'],
            env=dict(os.environ, PYENV_VERSION='3.12.1')).decode().strip()
    progs = names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith('.py') and f != 'run.py')
    rows = []
    ratios = []
    print('CPython: %s (%s seconds)' % (cpython, 'CPU' if CPU else 'wall'))
    print('%-14s %9s %9s %7s %9s %9s  %s' % ('program', 'krait s', 'cpython s', 'ratio',
                                           'krait MB', 'cpy MB', 'output'))
    for name in progs:
        script = name + '.py'
        if name == 'startup':
            kargv, cargv = [krait, '-c', 'pass'], [cpython, '-c', 'pass']
        else:
            kargv, cargv = [krait, os.path.join(HERE, script)], [cpython, os.path.join(HERE, script)]
        kt, ct = [], []
        same = True
        kerr = b''
        for _ in range(runs):
            t, ko, kerr, krc = run_once(kargv)
            kt.append(startup_time(kargv) if name == 'startup' else t)
            t, co, cerr, crc = run_once(cargv)
            ct.append(startup_time(cargv) if name == 'startup' else t)
            if ko != co or krc != crc:
                same = False
        km = statistics_median(kt)
        cm = statistics_median(ct)
        krss = peak_rss_kb(kargv) / 1024
        crss = peak_rss_kb(cargv) / 1024
        ratio = km / cm if cm > 0 else float('inf')
        if same:
            ratios.append(ratio)
        note = 'same' if same else 'DIFFERENT: ' + kerr.decode(errors='replace').strip().splitlines()[-1:][0][:60] if kerr.strip() else ('same' if same else 'DIFFERENT')
        print('%-14s %9.3f %9.3f %7.2f %9.1f %9.1f  %s' % (name, km, cm, ratio, krss, crss, note))
        sys.stdout.flush()
    if ratios:
        g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print('geometric mean of ratios (programs with identical output: %d of %d): %.2f'
              % (len(ratios), len(progs), g))


def statistics_median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


if __name__ == '__main__':
    main()
