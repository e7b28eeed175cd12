#!/usr/bin/env python3
"""Prints the lookup benchmark as ns per lookup and ratios, from criterion's
results of the last `cargo bench -p cookie-policy-tests --bench lookup` run.

    python3 scripts/bench-summary.py [TARGET_DIR]   # default: ./target

Reads <target>/criterion/<group>/<contender>/new/{benchmark,estimates}.json
(criterion writes them on every measured run, not in --test mode) and prints a
Markdown table: the median time per lookup (the iteration's median divided by
its number of probes) for each contender, and Policy::get's ratio to each.
"""
import json
import pathlib
import sys

CONTENDERS = ["policy", "phf", "std_hashmap", "fx_hashmap"]


def main() -> int:
    target = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target")
    root = target / "criterion"
    results: dict[str, dict[str, float]] = {}
    for bench in sorted(root.glob("*/*/new/benchmark.json")):
        meta = json.loads(bench.read_text())
        group, contender = meta["group_id"], meta["function_id"]
        if not group.startswith(("lookup/", "hits/")) or contender not in CONTENDERS:
            continue
        elements = (meta.get("throughput") or {}).get("Elements")
        if not elements:
            continue
        estimates = json.loads((bench.parent / "estimates.json").read_text())
        results.setdefault(group, {})[contender] = (
            estimates["median"]["point_estimate"] / elements
        )
    if not results:
        print(f"no lookup results under {root}: run `cargo bench -p cookie-policy-tests --bench lookup` first")
        return 1

    def order(group: str) -> tuple:
        kind, case = group.split("/", 1)
        name, size = case.rsplit("_", 1)
        return (kind != "lookup", int(size), name)

    print("| group | policy ns | phf ns | std HashMap ns | FxHashMap ns | policy / phf | policy / std | policy / Fx |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for group in sorted(results, key=order):
        r = results[group]
        if any(c not in r for c in CONTENDERS):
            continue
        ns = " | ".join(f"{r[c]:.1f}" for c in CONTENDERS)
        ratios = " | ".join(f"{r['policy'] / r[c]:.2f}x" for c in CONTENDERS[1:])
        print(f"| {group} | {ns} | {ratios} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
