"""boundbench's CPython worker: the suite's workloads run by CPython's own concurrency.

One process, started and fed over stdin/stdout by the JVM (dev.boundbench.engine.cpython.CPythonPool).
It makes one pool when it starts -- a concurrent.futures.ThreadPoolExecutor, a ProcessPoolExecutor
(fork start method where the platform has it), or an asyncio event loop running at most THREADS
coroutines at once -- and runs every task it is sent on that pool. Standard library only.

Usage:
    python3 boundbench_worker.py serve threads|processes|asyncio THREADS PARENT_PID SCRATCH_DIR
    python3 boundbench_worker.py describe     # key=value lines: the interpreter, its GIL, the twins
    python3 boundbench_worker.py time SCRATCH_DIR WORKLOAD SIZE [WORKLOAD SIZE ...]
                                              # one task of each, timed before a run (see time_tasks)
    python3 boundbench_worker.py fib-server threads|asyncio|asyncio-processes POOL_SIZE PARENT_PID
                                              # the articles' fib server in CPython (see fib_server)

Wire format: the JVM's dev.boundbench.engine.process.Frames; big-endian numbers, strings as a 2-byte
length and modified UTF-8:
    worker -> JVM, once the pool is ready:  int MAGIC, int VERSION
    JVM -> worker:  byte 'R', long task_id, UTF workload, int size    run a task
                    byte 'P', long ping_id                           answered at once, without the pool
    worker -> JVM:  long task_id, byte 'K', long nanos, long result
                 or long task_id, byte 'E', long nanos, UTF error_text
Replies come in the order tasks finish. A garbled request ends the worker with status 3; the end of
stdin shuts the pool down and ends it with status 0; the death of PARENT_PID ends it (and its
pool's processes) within 0.2 s with status 4.

Adding a twin: write a function taking the size (an int) and returning an int equal to the JVM
workload's result, and add it to TWINS under the workload's name (and, for the asyncio engine, a
coroutine if the work can await instead of block).
"""

import asyncio
import collections
import concurrent.futures
import itertools
import multiprocessing
import os
import random
import signal
import shutil
import struct
import sys
import sysconfig
import threading
import time

MAGIC = 0x42425731
VERSION = 1
RUN = b"R"
PING = b"P"
OK = b"K"
ERROR = b"E"
MAX_TEXT_CHARS = 8000
EXIT_GARBLED = 3
EXIT_PARENT_GONE = 4
PARENT_POLL_SECONDS = 0.2
COPY_BUFFER_BYTES = 64 * 1024
LONG_MIN, LONG_MAX = -(2 ** 63), 2 ** 63 - 1
MIN_VERSION = (3, 9)


# ---- the twins: the same work as the JVM's workloads, returning the same values -------------------

def fib(n):
    """Naive recursive Fibonacci, as CpuWorkloads.fib: fib(30) = 832040."""
    if n < 0:
        raise ValueError(f"fib needs n >= 0, got {n}")
    return _fib(n)


def _fib(n):
    return n if n < 2 else _fib(n - 1) + _fib(n - 2)


def prime_sum(limit):
    """Sum of the primes up to limit by 6k+-1 trial division, as CpuWorkloads.primeSum."""
    if limit < 0:
        raise ValueError(f"prime-sum needs limit >= 0, got {limit}")
    total = 0
    for candidate in range(2, limit + 1):
        if _is_prime(candidate):
            total += candidate
    return total


def _is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    k = 5
    while k * k <= n:
        if n % k == 0 or n % (k + 2) == 0:
            return False
        k += 6
    return True


def sleep(millis):
    """time.sleep, as IoWorkloads.sleep; returns millis."""
    _check_sleep(millis)
    time.sleep(millis / 1000)
    return millis


async def sleep_async(millis):
    """asyncio.sleep: the event loop runs other coroutines meanwhile."""
    _check_sleep(millis)
    await asyncio.sleep(millis / 1000)
    return millis


def _check_sleep(millis):
    if millis < 0:
        raise ValueError(f"sleep needs millis >= 0, got {millis}")


def file_copy(kibibytes):
    """As IoWorkloads.fileCopy: copies a file of kibibytes KiB through a 64 KiB buffer into a new file,
    fsyncs it, deletes the copy; returns the bytes copied."""
    if kibibytes < 0:
        raise ValueError(f"file-copy needs kibibytes >= 0, got {kibibytes}")
    size = kibibytes * 1024
    source = _source(size)
    target = os.path.join(_scratch["dir"], f"copy-{os.getpid()}-{threading.get_ident()}-{next(_targets)}")
    buffer = bytearray(COPY_BUFFER_BYTES)
    view = memoryview(buffer)
    copied = 0
    try:
        with open(source, "rb", buffering=0) as src, open(target, "xb", buffering=0) as dst:
            while True:
                n = src.readinto(buffer)
                if not n:
                    break
                written = 0
                while written < n:
                    written += dst.write(view[written:n])
                copied += n
            os.fsync(dst.fileno())
        return copied
    finally:
        try:
            os.unlink(target)
        except FileNotFoundError:
            pass


_scratch = {"dir": None}
_targets = itertools.count(1)
_sources = {}
_sources_lock = threading.Lock()


def _source(size):
    """A file of exactly size pseudo-random bytes in the scratch folder, made once per size and
    process; written under a private name and renamed, so processes never see half a file."""
    with _sources_lock:
        path = _sources.get(size)
        if path is None:
            path = os.path.join(_scratch["dir"], f"source-{size}")
            if not os.path.exists(path):
                partial = f"{path}.{os.getpid()}.partial"
                rng = random.Random(size)
                with open(partial, "wb") as out:
                    left = size
                    while left > 0:
                        chunk = min(left, COPY_BUFFER_BYTES)
                        out.write(rng.randbytes(chunk))
                        left -= chunk
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(partial, path)
            _sources[size] = path
        return path


Twin = collections.namedtuple("Twin", "run run_async", defaults=(None,))

# Every workload with a Python twin, by the JVM workload's name. A workload missing here is planned
# out of the CPython engines, with this reason, by the JVM's planner (it asks "describe").
TWINS = {
    "fib": Twin(fib),
    "prime-sum": Twin(prime_sum),
    "sleep": Twin(sleep, sleep_async),
    "file-copy": Twin(file_copy),
}


# ---- running one task --------------------------------------------------------------------------

def run_task(workload, size):
    """Runs a twin; returns (ok, result or error text, nanoseconds). Module level: processes pickle it."""
    start = time.perf_counter_ns()
    try:
        return True, TWINS[workload].run(size), time.perf_counter_ns() - start
    except Exception as e:  # the task's failure travels back as text, like the JVM workers'
        return False, describe(e), time.perf_counter_ns() - start


async def run_task_async(workload, size, permits):
    """A twin as a coroutine, at most `threads` at once; a twin without a coroutine blocks the loop."""
    async with permits:
        start = time.perf_counter_ns()
        try:
            twin = TWINS[workload]
            result = await twin.run_async(size) if twin.run_async else twin.run(size)
            return True, result, time.perf_counter_ns() - start
        except Exception as e:
            return False, describe(e), time.perf_counter_ns() - start


def describe(error):
    text = f"{type(error).__name__}: {error}"
    cause = error.__cause__ or error.__context__
    while cause is not None and cause is not error:
        text += f"; caused by {type(cause).__name__}: {cause}"
        cause = cause.__cause__
    return text


# ---- the pools -----------------------------------------------------------------------------------

class ThreadsPool:
    """concurrent.futures.ThreadPoolExecutor with `threads` threads, all started before the handshake."""

    def __init__(self, threads):
        self.executor = concurrent.futures.ThreadPoolExecutor(max_workers=threads,
                                                              thread_name_prefix="boundbench-py")
        barrier = threading.Barrier(threads)
        for f in [self.executor.submit(barrier.wait, 30) for _ in range(threads)]:
            f.result()

    def submit(self, workload, size):
        return self.executor.submit(run_task, workload, size)

    def children(self):
        return []

    def shutdown(self):
        self.executor.shutdown(wait=True, cancel_futures=True)


class ProcessesPool:
    """concurrent.futures.ProcessPoolExecutor with `threads` processes, started before the handshake.
    Made again when a child dies (BrokenProcessPool): the failed tasks say so, later ones run."""

    def __init__(self, threads):
        self.threads = threads
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self.executor = None
        self.processes = []
        self._start()

    def _start(self):
        self.executor = concurrent.futures.ProcessPoolExecutor(
            max_workers=self.threads, mp_context=self.context, initializer=_child_init,
            initargs=(_scratch["dir"], os.getpid()))
        for f in [self.executor.submit(os.getpid) for _ in range(self.threads)]:
            f.result()
        self.processes = multiprocessing.active_children()

    def submit(self, workload, size):
        try:
            return self.executor.submit(run_task, workload, size)
        except concurrent.futures.process.BrokenProcessPool:
            self.executor.shutdown(wait=True)
            self._start()
            return self.executor.submit(run_task, workload, size)

    def ended_children(self):
        """How the children of the current executor ended, for a BrokenProcessPool's message. The
        pool can break a moment before its dead child can be waited for: give it up to 0.5 s."""
        deadline = time.monotonic() + 0.5
        while True:
            ended = []
            for p in self.processes:
                code = p.exitcode
                if code is not None:
                    ended.append(f"pid {p.pid} " + (f"killed by signal {-code}" if code < 0 else f"exit status {code}"))
            if ended or time.monotonic() > deadline:
                return ended
            time.sleep(0.01)

    def children(self):
        return list(self.processes)

    def shutdown(self):
        self.executor.shutdown(wait=True, cancel_futures=True)


class AsyncioPool:
    """One asyncio event loop on its own thread; each task a coroutine, at most `threads` at once."""

    def __init__(self, threads):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="boundbench-py-asyncio-loop")
        self.thread.start()
        self.permits = asyncio.run_coroutine_threadsafe(self._semaphore(threads), self.loop).result()

    @staticmethod
    async def _semaphore(threads):
        return asyncio.Semaphore(threads)

    def submit(self, workload, size):
        return asyncio.run_coroutine_threadsafe(run_task_async(workload, size, self.permits), self.loop)

    def children(self):
        return []

    def shutdown(self):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.loop.close()


def _child_init(scratch, parent_pid):
    """In each ProcessPoolExecutor child: Ctrl-C is the JVM's to handle; exit when the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _scratch["dir"] = scratch
    _watch_parent(parent_pid, lambda: os._exit(EXIT_PARENT_GONE))


def _watch_parent(parent_pid, on_gone):
    def watch():
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        on_gone()
    threading.Thread(target=watch, name="boundbench-py-parent-watch", daemon=True).start()


# ---- the wire ------------------------------------------------------------------------------------

class Garbled(Exception):
    pass


class Wire:
    """Reads requests from stdin and writes replies to stdout, one whole frame per write; calls
    on_closed, which must not return, when the JVM has closed stdout."""

    def __init__(self, on_closed):
        self.inp = sys.stdin.buffer
        self.out = sys.stdout.buffer
        self.lock = threading.Lock()
        self.on_closed = on_closed

    def read_exact(self, n, what):
        data = self.inp.read(n)
        if len(data) != n:
            raise Garbled(f"stdin ended inside a request, reading {what}")
        return data

    def handshake(self):
        self._write(struct.pack(">ii", MAGIC, VERSION))

    def ok(self, task_id, nanos, result):
        self._write(struct.pack(">qcqq", task_id, OK, nanos, result))

    def error(self, task_id, nanos, text):
        encoded = modified_utf8(text)
        self._write(struct.pack(">qcqH", task_id, ERROR, nanos, len(encoded)) + encoded)

    def _write(self, frame):
        with self.lock:
            try:
                self.out.write(frame)
                self.out.flush()
            except (BrokenPipeError, ValueError):
                self.on_closed()  # nobody to answer


def modified_utf8(text):
    """Java's modified UTF-8 for DataInputStream.readUTF: no NUL bytes, no 4-byte sequences."""
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS] + "\u2026"
    text = "".join("?" if c == "\0" or ord(c) > 0xFFFF else c for c in text)
    return text.encode("utf-8", "replace")


def serve(mode, threads, parent_pid, scratch):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the JVM, which stops us
    _scratch["dir"] = scratch
    if mode == "threads":
        pool = ThreadsPool(threads)
    elif mode == "processes":
        pool = ProcessesPool(threads)
    elif mode == "asyncio":
        pool = AsyncioPool(threads)
    else:
        raise SystemExit(f"boundbench worker: unknown mode {mode!r}; valid: threads, processes, asyncio")

    def stop(status):
        """Ends the worker at once: kills the pool's processes and deletes the scratch folder."""
        for child in pool.children():
            child.kill()
        shutil.rmtree(scratch, ignore_errors=True)
        os._exit(status)

    def parent_gone():
        try:
            print(f"boundbench worker: parent {parent_pid} is gone; exiting", file=sys.stderr, flush=True)
        except OSError:
            pass  # stderr went with the parent
        stop(EXIT_PARENT_GONE)

    _watch_parent(parent_pid, parent_gone)
    wire = Wire(lambda: stop(EXIT_PARENT_GONE))
    wire.handshake()

    def reply(task_id, future):
        try:
            ok, value, nanos = future.result()
        except BaseException as e:  # BrokenProcessPool, a cancelled future
            ok, value, nanos = False, describe(e), 0
            ended = pool.ended_children() if isinstance(pool, ProcessesPool) else []
            if ended:
                value += " [ended: " + ", ".join(ended) + "]"
        if ok and not (isinstance(value, int) and LONG_MIN <= value <= LONG_MAX):
            ok, value = False, f"ValueError: result {value!r} is not an integer that fits a 64-bit long"
        if ok:
            wire.ok(task_id, nanos, value)
        else:
            wire.error(task_id, nanos, value)

    try:
        while True:
            kind = wire.inp.read(1)
            if not kind:
                break
            if kind == RUN:
                task_id, length = struct.unpack(">qH", wire.read_exact(10, "a task id"))
                workload = wire.read_exact(length, f"the workload name of task {task_id}").decode("utf-8", "replace")
                (size,) = struct.unpack(">i", wire.read_exact(4, f"the size of task {task_id}"))
                if workload not in TWINS:
                    wire.error(task_id, 0, f"LookupError: no Python twin for workload \"{workload}\"; twins: "
                               + ", ".join(sorted(TWINS)))
                    continue
                future = pool.submit(workload, size)
                future.add_done_callback(lambda f, task_id=task_id: reply(task_id, f))
            elif kind == PING:
                (ping_id,) = struct.unpack(">q", wire.read_exact(8, "a ping id"))
                wire.ok(ping_id, 0, 0)
            else:
                raise Garbled(f"Garbled request: unknown frame type 0x{kind[0]:02x}")
    except Garbled as e:
        print(f"boundbench worker: {e}", file=sys.stderr, flush=True)
        stop(EXIT_GARBLED)
    pool.shutdown()
    # stdin ended: the JVM closed it, or died and nobody else will delete the scratch folder.
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


def describe_interpreter():
    """key=value lines for the JVM: what runs the CPython engines, and which workloads have twins."""
    gil_check = getattr(sys, "_is_gil_enabled", None)
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    lines = {
        "implementation": sys.implementation.name,
        "version": ".".join(str(p) for p in sys.version_info[:3]),
        "executable": sys.executable,
        "gil": "on" if gil_check is None or gil_check() else "off",
        "build": "free-threaded" if free_threaded else "default",
        "minimum": ".".join(str(p) for p in MIN_VERSION),
        "supported": "yes" if sys.version_info[:2] >= MIN_VERSION else "no",
        "twins": ",".join(sorted(TWINS)),
    }
    for key, value in lines.items():
        print(f"{key}={value}")


# ---- timing one task before a run -----------------------------------------------------------------

TIMED_RUNS = 5
TIMED_BUDGET_NS = 100_000_000
LONE_RUN_NS = 250_000_000


def time_task(workload, size):
    """One task's time by the rules of the JVM's TaskTimerMain: the first run (which makes the task's
    files and warms the interpreter) is printed as 'first <ns>' and left out, then the median of up
    to TIMED_RUNS runs, none started after TIMED_BUDGET_NS; a first run of LONE_RUN_NS or more is
    repeated once, and the repeat counts alone. Returns the last protocol line."""
    try:
        run = TWINS[workload].run
        first = time.perf_counter_ns()
        run(size)
        start = time.perf_counter_ns()
        print(f"first {start - first}", flush=True)
        if start - first >= LONE_RUN_NS:
            run(size)
            return f"ok {time.perf_counter_ns() - start} 1"
        runs = []
        while len(runs) < TIMED_RUNS and time.perf_counter_ns() - start < TIMED_BUDGET_NS:
            run_start = time.perf_counter_ns()
            run(size)
            runs.append(time.perf_counter_ns() - run_start)
    except Exception as e:
        return "error " + " ".join(describe(e).split())
    return f"ok {sorted(runs)[len(runs) // 2]} {len(runs)}"


def time_tasks(scratch, pairs):
    """Prints 'ready', then per (workload, size) 'first <ns>' once its first run ends and
    'ok <median ns> <runs>' or 'error <text>'. The JVM stops this process when a task has no line
    after a second; it also ends when stdin ends, which is when the JVM is gone."""
    _scratch["dir"] = scratch

    def exit_when_stdin_ends():
        _wait_for_stdin_end()
        os._exit(EXIT_PARENT_GONE)

    threading.Thread(target=exit_when_stdin_ends, name="boundbench-py-stdin", daemon=True).start()
    print("ready", flush=True)
    for workload, size in pairs:
        print(time_task(workload, size), flush=True)
    return 0


# ---- the articles' fib server, in CPython -----------------------------------------------------------

MAX_LINE_BYTES = 64
# Connections the kernel holds for the server before it accepts them, as the JVM's models do
# (FibProtocol.LISTEN_BACKLOG): socketserver's own 5 overflows when clients connect at once.
LISTEN_BACKLOG = 128


def fib_answer(line):
    """The JVM's FibProtocol.answer: fib(n) for a line holding n, else 'error: ...'. Module level:
    the process pool pickles it."""
    text = line.decode("utf-8", "replace").strip()
    try:
        n = int(text)
    except ValueError:
        return f'error: expected a whole number n, got "{text}"'
    try:
        return str(fib(n))
    except ValueError as e:
        return f"error: {e}"


def _too_long(line):
    return len(line) > MAX_LINE_BYTES and not line.endswith(b"\n")


def _serve_threads(ready):
    """socketserver's ThreadingTCPServer: a thread per connection, the articles' threaded server."""
    import socketserver

    class Handler(socketserver.StreamRequestHandler):
        def handle(self):
            while True:
                line = self.rfile.readline(MAX_LINE_BYTES + 1)
                if not line:
                    return
                if _too_long(line):
                    self.wfile.write(b"error: a request line is longer than 64 bytes\n")
                    return
                self.wfile.write((fib_answer(line) + "\n").encode())

    socketserver.ThreadingTCPServer.allow_reuse_address = True
    socketserver.ThreadingTCPServer.request_queue_size = LISTEN_BACKLOG
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="boundbench-py-server", daemon=True).start()
    ready(server.server_address[1])
    _wait_for_stdin_end()
    _end_server()


async def _serve_asyncio(ready, pool):
    """asyncio.start_server: every connection a coroutine on one loop; fib on the loop itself, or
    handed to `pool` (a ProcessPoolExecutor: the articles' cure) while the loop serves the others."""
    loop = asyncio.get_running_loop()

    async def handle(reader, writer):
        try:
            while True:
                try:
                    line = await reader.readuntil(b"\n")
                except asyncio.IncompleteReadError:
                    return
                except asyncio.LimitOverrunError:
                    writer.write(b"error: a request line is longer than 64 bytes\n")
                    return
                answer = fib_answer(line) if pool is None else await loop.run_in_executor(pool, fib_answer, line)
                writer.write((answer + "\n").encode())
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=MAX_LINE_BYTES, backlog=LISTEN_BACKLOG)
    ready(server.sockets[0].getsockname()[1])
    await loop.run_in_executor(None, _wait_for_stdin_end)
    _end_server()


def _wait_for_stdin_end():
    while sys.stdin.buffer.read(1):
        pass


def _end_server():
    """Ends the server at once, as the JVM asked by closing stdin: kills the pool's processes and
    waits for them -- so that their CPU time lands in this process's, and from there in the JVM's,
    where the suite's CPU monitor counts it -- then exits without unwinding the handlers (the kernel
    closes their connections), so that no request still running delays the end and no cancelled
    coroutine prints a traceback."""
    children = multiprocessing.active_children()
    for child in children:
        child.kill()
    for child in children:
        child.join(5)
    sys.stdout.flush()
    os._exit(0)


def fib_server(mode, pool_size, parent_pid):
    """Serves fib on an ephemeral port of 127.0.0.1 and prints 'port N' once it listens; ends at once
    when stdin ends (the JVM closes it) or PARENT_PID dies, its pool's processes with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pool = None
    if mode == "asyncio-processes":
        pool = ProcessesPool(pool_size).executor
    elif mode not in ("threads", "asyncio"):
        print(f"boundbench worker: unknown server mode {mode!r}; valid: threads, asyncio, asyncio-processes",
              file=sys.stderr, flush=True)
        return 2

    def parent_gone():
        for child in multiprocessing.active_children():
            child.kill()
        os._exit(EXIT_PARENT_GONE)

    _watch_parent(parent_pid, parent_gone)

    def ready(port):
        print(f"port {port}", flush=True)

    if mode == "threads":
        _serve_threads(ready)
    else:
        asyncio.run(_serve_asyncio(ready, pool))
    return 0  # not reached: _end_server exits


def main(argv):
    if len(argv) == 2 and argv[1] == "describe":
        describe_interpreter()
        return 0
    if len(argv) == 5 and argv[1] == "fib-server":
        return fib_server(argv[2], int(argv[3]), int(argv[4]))
    if len(argv) >= 5 and len(argv) % 2 == 1 and argv[1] == "time":
        return time_tasks(argv[2], [(argv[i], int(argv[i + 1])) for i in range(3, len(argv), 2)])
    if len(argv) == 6 and argv[1] == "serve":
        return serve(argv[2], int(argv[3]), int(argv[4]), argv[5])
    print("usage: boundbench_worker.py serve threads|processes|asyncio THREADS PARENT_PID SCRATCH_DIR"
          " | describe | time SCRATCH_DIR WORKLOAD SIZE [WORKLOAD SIZE ...]"
          " | fib-server threads|asyncio|asyncio-processes POOL_SIZE PARENT_PID", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
