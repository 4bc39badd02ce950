"""A worker for the fault tests: makes no pool, sends the handshake, then answers its first request
with bytes that are no reply, and waits to be killed."""
import struct
import sys
import time

sys.stdout.buffer.write(struct.pack(">ii", 0x42425731, 1))
sys.stdout.buffer.flush()
sys.stdin.buffer.read(1)
sys.stdout.buffer.write(b"not a reply at all, just text\n")
sys.stdout.buffer.flush()
print("garbling worker: sent garbage", file=sys.stderr, flush=True)
time.sleep(60)
