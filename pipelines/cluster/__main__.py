"""python -m pipelines.cluster up|run|down|worker|status (the `make cluster-*` targets)."""

import argparse
import sys

from pipelines.cluster.services import ClusterError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.cluster")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("up", "run", "down", "worker", "status"):
        sub.add_parser(name)
    args = parser.parse_args(argv)

    from pipelines.cluster import lifecycle, runner

    try:
        if args.command == "up":
            lifecycle.up()
            for name, pid in lifecycle.status().items():
                print(f"  {name:16} {'pid ' + str(pid) if pid else 'not running'}")
        elif args.command == "run":
            return runner.main()
        elif args.command == "down":
            stopped = lifecycle.down()
            print(f"stopped: {', '.join(stopped) or 'nothing was running'}")
        elif args.command == "worker":
            lifecycle.worker_only()
        elif args.command == "status":
            for name, pid in lifecycle.status().items():
                print(f"  {name:16} {'pid ' + str(pid) if pid else 'not running'}")
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    from pipelines.run import exit_now

    exit_now(main())
