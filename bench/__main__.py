"""``make bench``: per-article speed, orchestration overhead, incremental refresh, memory.

Everything runs in one go on this machine, on a generated corpus (bench/corpus.py) in a
temporary folder:

1. clean+dedup+extract per article vs ``jieba.posseg.cut`` over the same text, for the
   first 1, 100 and 1,000 articles (the headline ratio; target ≤ 1.0);
2. ``python -m pipelines.run`` (what ``make run`` runs) on 100 and on 1,000 articles, each
   with its own RAW_DIR, WAREHOUSE_PATH and DAGSTER_HOME: wall time against the summed
   per-article core time ÷ cores (orchestration overhead; target ≤ 1.25×) and peak memory
   (growth per article, extrapolated to 10,000; target ≤ 1 GiB);
3. one more article added to the 1,000 and the run repeated (incremental refresh as a
   share of the full build; target ≤ 10%); then the same at 10,000 articles
   (``--scale``), measuring peak memory there instead of extrapolating it;
4. ``process_corpus`` on 200 articles with 1 and 2 workers (speedup, dictionary loads);
5. bench/bench_dedup.py on 10,000 paragraphs;
6. bench/pathological.py: the whole chain on each 1 MB pathological line (their tests check
   only that the time grows linearly; this is how long it takes).
7. fact accuracy (bench/bench_facts.py): P/R/F1 on the seed and the hand-checked fact set.
8. optionally (``--cluster 1000``), ``make cluster-run`` on 2 celery workers vs
   ``make run`` on the same corpus (bench/cluster.py).

Results are printed and written to bench/results/<UTC timestamp>.json.
Options: ``--sizes 1,100,1000``, ``--scale 10000`` (0 skips it), ``--seed``, ``--keep``
(keep the temporary folder).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import core, corpus, runs
from pipelines.text.decode import read_article

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "bench" / "results"
TARGETS = {
    "core_vs_jieba_ratio": 1.0,
    "orchestration_overhead": 1.25,
    "incremental_share": 0.10,
    "rss_mb_at_10000": 1024.0,
}
PARALLEL_ARTICLES = 200
PROFILE_ARTICLES = 50


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    from pipelines import settings

    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu,
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "workers": settings.workers(),
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }


def say(text: str = "") -> None:
    print(text, flush=True)


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISS"


def core_section(raw_dir: Path, sizes: list[int], workers: int) -> dict:
    say(f"\n1. clean+dedup+extract vs jieba.posseg.cut alone, same text, {workers} worker(s)")
    say("   articles  chars/art  core ms/art  jieba ms/art  ratio CPU  ratio wall  target ≤ 1.0")
    rows = {}
    for n in sizes:
        # One article: the real seed article (what raw/ ships), not a generated one.
        raws = [read_article(corpus.SEED_ARTICLE)] if n == 1 else core.read_corpus(raw_dir, n)
        r = core.measure(raws, workers)
        r["source"] = "seed article" if n == 1 else "generated corpus"
        rows[str(n)] = r
        label = "1 (seed)" if n == 1 else str(r["articles"])
        say(
            f"   {label:>8}  {r['chars_per_article']:>9}"
            f"  {r['core_ms_per_article_cpu']:>11}  {r['jieba_ms_per_article_cpu']:>12}"
            f"  {r['ratio_cpu']:>9}  {r['ratio_wall']:>10}"
            f"  {verdict(r['ratio_cpu'], TARGETS['core_vs_jieba_ratio'])}"
        )
    return rows


def profile_section(raw_dir: Path) -> list[str]:
    lines = core.profile(core.read_corpus(raw_dir, PROFILE_ARTICLES))
    say(f"\n   hotspots (cProfile, own time, {PROFILE_ARTICLES} articles in one process):")
    for line in lines[:12]:
        say("   " + line[:150])
    return lines


def startup_section(pycache: Path) -> dict:
    cold = runs.startup_seconds(None)
    runs.startup_seconds(pycache)  # fills the cache
    warm = runs.startup_seconds(pycache)
    say(
        f"\n   start-up (import pipelines.run): {cold:.1f} s without a bytecode cache, "
        f"{warm:.1f} s with one (the runs below use one)"
    )
    return {"without_bytecode_cache": round(cold, 2), "with_bytecode_cache": round(warm, 2)}


def _run(env: runs.RunEnv, log: Path, extra: dict[str, str] | None = None) -> dict:
    """One pipeline run; its result, plus where the time went (from Dagster's events)."""
    t0 = time.time()
    r = runs.run_pipeline(env, log, extra)
    t1 = time.time()
    _check(r)
    out = r.as_dict()
    out["phases"] = runs.phases(env.dagster_home, t0, t1)
    return out


def _say_phases(label: str, phases: dict) -> None:
    steps = phases["steps"]
    compute = sum(s["compute"] for s in steps.values())
    events = sum(s["materialization_events"] for s in steps.values())
    io = sum(s["store_outputs"] + s["load_inputs"] for s in steps.values())
    wh = steps.get("warehouse", {}).get("compute", 0.0)
    say(
        f"      {label}: before the run {phases['before_run_seconds']} s (start-up, partition "
        f"sync, staleness check, warm-up, run creation); per-article steps: compute "
        f"{compute - wh:.1f} s, materialization events {events:.1f} s, pickles {io:.1f} s; "
        f"warehouse {wh:.1f} s; after the run {phases['after_run_seconds']} s"
    )


def run_section(
    base: Path, corpus_dir: Path, n_small: int, n_large: int, seed: int, pycache: Path
) -> dict:
    out: dict = {}
    small_raw = base / f"raw{n_small}"
    small_raw.mkdir()
    for name in sorted(p.name for p in corpus_dir.glob("*.txt"))[:n_small]:
        shutil.copy(corpus_dir / name, small_raw / name)
    large_raw = base / f"raw{n_large}"
    shutil.copytree(corpus_dir, large_raw)
    logs = base / "logs"

    say("\n2. python -m pipelines.run (make run), temporary DAGSTER_HOME, RAW_DIR, WAREHOUSE_PATH")
    small = runs.RunEnv.under(base / f"run{n_small}", small_raw, pycache)
    r = out[f"full_{n_small}"] = _run(small, logs / f"full_{n_small}.log")
    say(
        f"   {n_small:>5} articles, new DAGSTER_HOME: {r['seconds']:6.1f} s, "
        f"peak {r['peak_pss_mb']:.0f} MB"
    )

    large = runs.RunEnv.under(base / f"run{n_large}", large_raw, pycache)
    r = out[f"full_{n_large}"] = _run(large, logs / f"full_{n_large}.log")
    say(
        f"   {n_large:>5} articles, new DAGSTER_HOME: {r['seconds']:6.1f} s, "
        f"peak {r['peak_pss_mb']:.0f} MB"
    )
    _say_phases("where it went", r["phases"])

    name, data = corpus.extra_article(seed, n_large)
    (large_raw / name).write_bytes(data)
    since = time.time()
    r = out["incremental"] = _run(large, logs / f"incremental_{n_large}.log")
    r["article_facts_partitions_written"] = runs.pickles_written_since(
        large.store, "article_facts", since
    )
    say(
        f"   +1 article on {n_large}: {r['seconds']:6.1f} s, "
        f"{r['article_facts_partitions_written']} article_facts partition(s) written"
    )
    _say_phases("where it went", r["phases"])

    r = out["full_refresh"] = _run(
        large, logs / f"full_refresh_{n_large + 1}.log", {"HUIBAO_FULL_REFRESH": "1"}
    )
    say(
        f"   HUIBAO_FULL_REFRESH=1 on {n_large + 1} (same DAGSTER_HOME): {r['seconds']:6.1f} s, "
        f"peak {r['peak_pss_mb']:.0f} MB"
    )
    return out


def scale_section(base: Path, n: int, seed: int, pycache: Path) -> dict:
    """A measured point at ``n`` articles (memory and the incremental share at scale)."""
    say(f"\n3. scale: python -m pipelines.run on {n} generated articles")
    raw = base / f"raw{n}"
    t = time.perf_counter()
    corpus.write_corpus(raw, n, seed)
    say(f"   corpus: {n} files in {time.perf_counter() - t:.1f} s")
    env = runs.RunEnv.under(base / f"run{n}", raw, pycache)
    logs = base / "logs"
    out = {"articles": n}
    r = out["full"] = _run(env, logs / f"full_{n}.log")
    say(f"   {n} articles, new DAGSTER_HOME: {r['seconds']:6.1f} s, peak {r['peak_pss_mb']:.0f} MB")
    _say_phases("where it went", r["phases"])
    name, data = corpus.extra_article(seed, n)
    (raw / name).write_bytes(data)
    r = out["incremental"] = _run(env, logs / f"incremental_{n}.log")
    share = r["seconds"] / out["full"]["seconds"]
    out["incremental_share_vs_first_run"] = round(share, 3)
    say(f"   +1 article on {n}: {r['seconds']:6.1f} s = {share:.1%} of the full run")
    _say_phases("where it went", r["phases"])
    shutil.rmtree(base / f"run{n}", ignore_errors=True)
    shutil.rmtree(raw, ignore_errors=True)
    return out


def _check(r: runs.RunResult) -> None:
    if r.returncode != 0:
        say(runs.log_tail(r.log))
        raise SystemExit(f"pipeline run failed (exit {r.returncode}); log: {r.log}")


def parallel_section(corpus_dir: Path, base: Path, pycache: Path) -> dict:
    raw = base / f"raw{PARALLEL_ARTICLES}"
    raw.mkdir()
    for name in sorted(p.name for p in corpus_dir.glob("*.txt"))[:PARALLEL_ARTICLES]:
        shutil.copy(corpus_dir / name, raw / name)
    say(f"\n4. process_corpus on {PARALLEL_ARTICLES} files, fresh process each")
    out = {}
    for warm in (False, True):
        for workers in (1, 2):
            args = [sys.executable, "-m", "bench.parallel", str(raw), str(workers)]
            if warm:
                args.append("--warm")
            env = runs.python_env(pycache)
            proc = subprocess.run(
                args, cwd=ROOT, env=env, capture_output=True, text=True, check=True
            )
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            key = f"{'warm' if warm else 'cold'}_w{workers}"
            out[key] = r
            say(
                f"   {key:8} {r['seconds_with_warm_up']:6.2f} s wall "
                f"(parent CPU {r['cpu_parent']:5.2f} s, workers CPU {r['cpu_children']:5.2f} s); "
                f"jieba dictionary loads: parent {r['dictionary_loads_parent']}, workers "
                f"{r['dictionary_loads_workers']} in {r['worker_processes_loading']} processes "
                f"(max {r['max_loads_in_one_worker']} per process)"
            )
    for mode in ("cold", "warm"):
        w1 = out[f"{mode}_w1"]["seconds_with_warm_up"]
        w2 = out[f"{mode}_w2"]["seconds_with_warm_up"]
        out[f"speedup_{mode}"] = round(w1 / w2, 2) if w2 else None
    say(
        f"   speedup workers=2 vs 1: {out['speedup_cold']}× as process_corpus runs, "
        f"{out['speedup_warm']}× with dictionaries loaded before the fork"
    )
    return out


def dedup_section() -> dict:
    from bench import bench_dedup

    r = bench_dedup.run(10_000)
    say(f"\n5. bench_dedup: dedup_paragraphs over {r['n']} paragraphs in {r['seconds']} s")
    return r


def pathological_section() -> dict:
    from bench import pathological

    r = pathological.run()
    say("\n6. pathological lines, whole chain per 1 MB article:")
    for name, m in r.items():
        say(f"   {name}: {m['seconds']} s ({m['cpu_seconds']} s CPU)")
    return r


def facts_section() -> dict:
    from bench import bench_facts

    r = bench_facts.run()
    say(f"\n7. fact accuracy ({r['seconds']} s)")
    say("   " + bench_facts.describe("seed", r["seed"]))
    say("   " + bench_facts.describe("fact set", r["fact_set"]))
    return r


def summarize(res: dict, n_small: int, n_large: int, workers: int) -> dict:
    core_large = res["core"][str(n_large)]
    full = res["runs"][f"full_{n_large}"]
    refresh = res["runs"]["full_refresh"]
    small = res["runs"][f"full_{n_small}"]
    ideal = core_large["core_seconds_total_wall"] / workers
    ideal_cpu = core_large["core_seconds_total_cpu"] / workers
    per_article_mb = (full["peak_pss_mb"] - small["peak_pss_mb"]) / (n_large - n_small)
    at_10000 = full["peak_pss_mb"] + per_article_mb * (10_000 - n_large)
    s = {
        "core_vs_jieba_ratio": core_large["ratio_cpu"],
        "core_vs_jieba_ratio_wall": core_large["ratio_wall"],
        "full_run_seconds": full["seconds"],
        "ideal_seconds": round(ideal, 2),
        "orchestration_overhead": round(full["seconds"] / ideal, 2),
        "orchestration_overhead_vs_cpu": round(full["seconds"] / ideal_cpu, 2),
        "full_refresh_seconds": refresh["seconds"],
        "orchestration_overhead_refresh": round(refresh["seconds"] / ideal, 2),
        "incremental_seconds": res["runs"]["incremental"]["seconds"],
        # The rebuild it saves: everything again on the same instance.
        "incremental_share": round(res["runs"]["incremental"]["seconds"] / refresh["seconds"], 3),
        "incremental_share_vs_first_run": round(
            res["runs"]["incremental"]["seconds"] / full["seconds"], 3
        ),
        "peak_mb": {str(n_small): small["peak_pss_mb"], str(n_large): full["peak_pss_mb"]},
        "mb_per_article": round(per_article_mb, 3),
        "rss_mb_at_10000": round(at_10000, 0),
        "rss_mb_at_10000_source": "extrapolated",
    }
    scale = res.get("scale")
    if scale:  # a measured point beats the extrapolation
        n = scale["articles"]
        s["peak_mb"][str(n)] = scale["full"]["peak_pss_mb"]
        s["scale_full_seconds"] = scale["full"]["seconds"]
        s["scale_incremental_seconds"] = scale["incremental"]["seconds"]
        s["scale_incremental_share"] = scale["incremental_share_vs_first_run"]
        if n == 10_000:
            s["rss_mb_at_10000"] = scale["full"]["peak_pss_mb"]
            s["rss_mb_at_10000_source"] = "measured"
    s["verdicts"] = {k: verdict(s[k], t) for k, t in TARGETS.items()}
    return s


def print_summary(s: dict, n_small: int, n_large: int, workers: int) -> None:
    say("\nsummary")
    say(
        f"   core vs jieba.posseg.cut, {n_large} articles: {s['core_vs_jieba_ratio']} (CPU), "
        f"{s['core_vs_jieba_ratio_wall']} (wall); target ≤ 1.0: "
        f"{s['verdicts']['core_vs_jieba_ratio']}"
    )
    say(
        f"   make run, {n_large} articles: {s['full_run_seconds']} s vs core "
        f"{s['ideal_seconds']} s ({workers} cores) = {s['orchestration_overhead']}× overhead "
        f"({s['orchestration_overhead_refresh']}× for a full refresh); "
        f"target ≤ 1.25×: {s['verdicts']['orchestration_overhead']}"
    )
    say(
        f"   incremental +1 article: {s['incremental_seconds']} s = "
        f"{s['incremental_share']:.1%} of a full refresh ({s['full_refresh_seconds']} s; "
        f"{s['incremental_share_vs_first_run']:.1%} of the first run); target ≤ 10%: "
        f"{s['verdicts']['incremental_share']}"
    )
    if "scale_incremental_share" in s:
        say(
            f"   at scale: {s['scale_full_seconds']} s for the full run, +1 article "
            f"{s['scale_incremental_seconds']} s = {s['scale_incremental_share']:.1%} of it"
        )
    peaks = ", ".join(f"{mb:.0f} MB at {n}" for n, mb in s["peak_mb"].items())
    say(
        f"   peak memory {peaks} ({s['mb_per_article']} MB/article from {n_small} to {n_large}); "
        f"at 10,000 {s['rss_mb_at_10000_source']} {s['rss_mb_at_10000']:.0f} MB; "
        f"target ≤ 1024 MB: {s['verdicts']['rss_mb_at_10000']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="huibao benchmarks")
    parser.add_argument("--sizes", default="1,100,1000")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--no-save", action="store_true", help="do not write bench/results")
    parser.add_argument(
        "--scale", type=int, default=10_000, help="articles for the at-scale run (0: skip)"
    )
    parser.add_argument(
        "--cluster",
        type=int,
        default=0,
        help="articles for make cluster-run (2 celery workers) vs make run (bench/cluster.py; "
        "0: skip; needs postgresql and redis-server)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    n_small, n_large = sizes[-2], sizes[-1]

    started = time.perf_counter()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    res: dict = {"timestamp": stamp, "machine": machine(), "seed": args.seed, "sizes": sizes}
    m = res["machine"]
    say(
        f"huibao bench {stamp}: {m['nproc']} cores ({m['cpu_model']}), {m['ram_gib']} GiB RAM, "
        f"Python {m['python']}, workers {m['workers']}, load {m['load_average_start']}"
    )
    base = Path(tempfile.mkdtemp(prefix="huibao-bench-"))
    try:
        corpus_dir = base / "corpus"
        t = time.perf_counter()
        manifest = corpus.write_corpus(corpus_dir, n_large, args.seed)
        res["corpus"] = {k: v for k, v in manifest.items() if k != "files"}
        res["corpus"]["seconds"] = round(time.perf_counter() - t, 2)
        say(
            f"corpus: {n_large} files in {res['corpus']['seconds']} s, "
            f"{manifest['exact_duplicates']} exact + {manifest['near_duplicates']} near duplicates"
        )
        workers = m["workers"]
        res["core"] = core_section(corpus_dir, sizes, workers)
        res["profile"] = profile_section(corpus_dir)
        pycache = base / "pycache"
        res["startup"] = startup_section(pycache)
        res["runs"] = run_section(base, corpus_dir, n_small, n_large, args.seed, pycache)
        if args.scale:
            res["scale"] = scale_section(base, args.scale, args.seed, pycache)
        res["parallel"] = parallel_section(corpus_dir, base, pycache)
        res["dedup"] = dedup_section()
        res["pathological"] = pathological_section()
        res["facts"] = facts_section()
        if args.cluster:
            from bench import cluster

            base.chmod(0o755)  # PostgreSQL, run as `postgres`, must reach its folder
            cluster_corpus = base / "cluster_corpus"
            corpus.write_corpus(cluster_corpus, args.cluster, args.seed)
            res["cluster"] = cluster.cluster_section(cluster_corpus, base / "cluster_bench")
            cluster.say_cluster(res["cluster"])
        res["summary"] = summarize(res, n_small, n_large, workers)
        print_summary(res["summary"], n_small, n_large, workers)
    finally:
        if args.keep:
            say(f"\nkept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    res["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    res["total_seconds"] = round(time.perf_counter() - started, 1)
    load = res["machine"]["load_average_end"]
    say(f"\nbench took {res['total_seconds']} s; load average at the end {load}")
    if not args.no_save:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        path = RESULTS_DIR / f"{stamp}.json"
        path.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        say(f"results: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
