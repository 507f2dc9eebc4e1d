"""bench/run_all.py keeps what it did not run: `--only` on a fresh checkout (no bench/out/)
must not drop the other benchmarks' sections from bench/RESULTS.md."""

import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location("run_all", Path(__file__).parent.parent / "bench" / "run_all.py")
run_all = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run_all)

CHOSEN = [("Vietnamese dates", ["dates.py"]), ("Onboarding by configuration", ["onboarding.py"])]
PRINTED = """# Benchmark results

- CPU: two cores

## Vietnamese dates

`python bench/dates.py` (0.6 min)

```
held out 41/42
```

## Onboarding by configuration

```
## baolaocai
- stored 10/10
```
"""


def test_sections_cut_at_the_benchmarks_titles_only():
    sections = run_all.printed_sections(PRINTED, CHOSEN)
    assert list(sections) == ["Vietnamese dates", "Onboarding by configuration"]
    assert sections["Vietnamese dates"] == (
        "## Vietnamese dates\n\n`python bench/dates.py` (0.6 min)\n\n```\nheld out 41/42\n```\n\n"
    )
    # a benchmark's own "## " line inside its figures stays in its section
    assert sections["Onboarding by configuration"] == (
        "## Onboarding by configuration\n\n```\n## baolaocai\n- stored 10/10\n```\n"
    )


def test_no_results_yet_gives_no_sections():
    assert run_all.printed_sections("", CHOSEN) == {}
