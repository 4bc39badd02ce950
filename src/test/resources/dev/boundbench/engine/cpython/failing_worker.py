"""A worker for the fault tests that fails before its handshake, as a broken interpreter would."""
import sys

print("failing worker: cannot make the pool", file=sys.stderr, flush=True)
sys.exit(5)
