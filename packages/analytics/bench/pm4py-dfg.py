"""PM4Py's directly-follows graph on a CSV log, timed phase by phase, for `pm4py-baseline.ts`.

Usage: python3 pm4py-dfg.py <log.csv> <case column> <activity column> <timestamp column>
Prints one JSON object on stdout: the PM4Py version, the milliseconds of each phase (pandas
read_csv, pm4py.format_dataframe, pm4py.discover_dfg) and the graph itself, so the benchmark can
check that PM4Py and Kaart count the same edges before comparing their times.
Exit status 3 when PM4Py cannot be imported (the benchmark then reports it as absent).
"""
import json
import sys
import time

try:
    import pandas
    import pm4py
except ImportError as error:  # the benchmark says how to install it
    print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
    sys.exit(3)


def timed(work):
    start = time.perf_counter()
    value = work()
    return (time.perf_counter() - start) * 1000, value


def main(path, case, activity, timestamp):
    read_ms, frame = timed(lambda: pandas.read_csv(path, dtype={case: str, activity: str, timestamp: str}))
    # format_dataframe parses the timestamps and sorts by case, time and original position:
    # the canonical order the conformance results use.
    def format_frame():
        # Parsed here rather than by format_dataframe, whose default format ("mixed") needs
        # pandas 2; ISO-8601 with an offset is the same instant either way.
        frame[timestamp] = pandas.to_datetime(frame[timestamp], utc=True)
        return pm4py.format_dataframe(frame, case_id=case, activity_key=activity, timestamp_key=timestamp)

    format_ms, frame = timed(format_frame)
    dfg_ms, (dfg, start, end) = timed(lambda: pm4py.discover_dfg(frame))
    print(
        json.dumps(
            {
                "version": pm4py.__version__,
                "events": len(frame),
                "readMs": read_ms,
                "formatMs": format_ms,
                "dfgMs": dfg_ms,
                "edges": [[a, b, int(n)] for (a, b), n in dfg.items()],
                "start": {a: int(n) for a, n in start.items()},
                "end": {a: int(n) for a, n in end.items()},
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(*sys.argv[1:])
