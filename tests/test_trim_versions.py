"""The binary trims apply only to the versions they were verified against (constraints.txt)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))

import build  # noqa: E402
import trims  # noqa: E402

# ----------------------------------------------------------------------------- constraints.txt


def test_constraints_pin_every_package_a_trim_depends_on() -> None:
    pins = trims.verified_versions()
    missing = [(trim.name, package) for trim in trims.TRIMS for package in trim.packages
               if trims.normalize(package) not in pins]
    assert missing == []


def test_constraints_fit_the_project_requirements() -> None:
    # `pip install -c constraints.txt ".[build,test]"` (CI) fails when a pin is outside a range.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + [
        line for extra in project["optional-dependencies"].values() for line in extra]
    pins = trims.verified_versions()
    outside = []
    for line in requirements:
        requirement = Requirement(line)
        pinned = pins.get(trims.normalize(requirement.name))
        if pinned is not None and not requirement.specifier.contains(pinned, prereleases=True):
            outside.append((line, pinned))
    assert outside == []


def test_verified_versions_reads_exact_pins_only(tmp_path: Path) -> None:
    path = tmp_path / "constraints.txt"
    path.write_text("# verified\n\nnumpy==2.4.6  # no BLAS\nPySide6_Essentials == 6.12.0\n",
                    encoding="utf-8")
    assert trims.verified_versions(path) == {"numpy": "2.4.6", "pyside6-essentials": "6.12.0"}
    path.write_text("numpy>=2.4\n", encoding="utf-8")
    with pytest.raises(ValueError, match="constraints.txt:1: not an exact pin"):
        trims.verified_versions(path)


# ----------------------------------------------------------------------------- the check


def test_check_names_the_installed_and_the_verified_version() -> None:
    verified = {"blis": "1.3.4", "thinc": "8.3.14"}
    [moved] = trims.check([trims.BLIS_STANDIN], verified, {"blis": "1.3.5", "thinc": "8.3.14"}.get)
    assert not moved.verified
    assert moved.mismatches == (trims.Mismatch("blis", "1.3.5", "1.3.4"),)
    warning = moved.warning(applied=False)
    assert "skipping the blis.py stand-in (blis 1.3.5 is installed, verified: 1.3.4)" in warning
    assert "bigger but correct" in warning and "constraints.txt" in warning
    [same] = trims.check([trims.BLIS_STANDIN], verified, {"blis": "1.3.4", "thinc": "8.3.14"}.get)
    assert same.verified and same.mismatches == ()


def test_check_treats_a_missing_pin_or_package_as_unverified() -> None:
    [unpinned] = trims.check([trims.ICU_SUBSET], {}, {"PySide6-Essentials": "6.12.0"}.get)
    assert unpinned.mismatches == (trims.Mismatch("PySide6-Essentials", "6.12.0", None),)
    assert "not pinned" in unpinned.warning(applied=False)
    [absent] = trims.check([trims.NUMPY_NOBLAS], {"numpy": "2.4.6"}, lambda package: None)
    assert not absent.verified
    assert "numpy is not installed" in absent.warning(applied=False)


def test_relevant_trims_per_platform() -> None:
    assert trims.relevant("linux", numpy_noblas=True) == list(trims.TRIMS)
    assert trims.relevant("linux", numpy_noblas=False) == [trims.BLIS_STANDIN, trims.ICU_SUBSET]
    assert trims.relevant("win32", numpy_noblas=False) == [trims.BLIS_STANDIN]
    assert trims.relevant("darwin", numpy_noblas=True) == [trims.NUMPY_NOBLAS, trims.BLIS_STANDIN]


# ----------------------------------------------------------------------------- build.py


def _install(monkeypatch: pytest.MonkeyPatch, **moved: str) -> None:
    """Fake the installed versions: the verified ones, except the ``moved`` packages."""
    pins = trims.verified_versions()

    def installed(package: str) -> str | None:
        return moved.get(package, pins.get(trims.normalize(package)))

    monkeypatch.setattr(trims, "installed_version", installed)


@pytest.fixture
def fake_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """Run build.main without PyInstaller: record what it would pass to the spec."""
    seen: dict[str, object] = {"prepared": False}
    monkeypatch.setitem(sys.modules, "PyInstaller", ModuleType("PyInstaller"))
    monkeypatch.setattr(build, "ensure_icons", lambda regenerate: None)
    monkeypatch.setattr(build.collect_licenses, "collect", lambda folder: ["numpy"])
    monkeypatch.setattr(build, "over_budget", lambda target, kind: False)

    def prepare(work: Path) -> Path:
        seen["prepared"] = True
        return tmp_path / "numpy-noblas"

    def run_pyinstaller(onefile: bool, licenses: Path, clean: bool,
                        numpy_folder: Path | None = None, spec_trims: tuple[str, ...] = ()
                        ) -> Path:
        seen["numpy_folder"], seen["spec_trims"] = numpy_folder, list(spec_trims)
        bundle = tmp_path / "InBrief"
        bundle.mkdir(exist_ok=True)
        (bundle / "InBrief").write_bytes(b"x")
        return bundle

    monkeypatch.setattr(build.numpy_noblas, "prepare", prepare)
    monkeypatch.setattr(build, "run_pyinstaller", run_pyinstaller)
    return seen


def test_build_applies_every_trim_at_the_verified_versions(
    fake_build: dict[str, object], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _install(monkeypatch)
    assert build.main(["--numpy", "noblas"]) == 0
    out, err = capsys.readouterr()
    assert fake_build["prepared"] is True
    assert fake_build["numpy_folder"] is not None
    assert trims.BLIS_STANDIN.name in fake_build["spec_trims"]  # type: ignore[operator]
    assert "warning" not in err
    assert "skipped: none" in out


def test_build_skips_the_stand_in_when_blis_moved(
    fake_build: dict[str, object], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    verified = trims.verified_versions()["blis"]
    _install(monkeypatch, blis="99.0.1")
    assert build.main(["--numpy", "noblas"]) == 0
    out, err = capsys.readouterr()
    assert trims.BLIS_STANDIN.name not in fake_build["spec_trims"]  # type: ignore[operator]
    assert fake_build["prepared"] is True  # numpy did not move: its trim still applies
    assert f"skipping the blis.py stand-in (blis 99.0.1 is installed, verified: {verified})" \
        in err
    assert "skipped: the blis.py stand-in" in out


def test_build_bundles_the_numpy_wheel_when_numpy_moved(
    fake_build: dict[str, object], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    verified = trims.verified_versions()["numpy"]
    _install(monkeypatch, numpy="99.0.0")
    assert build.main(["--numpy", "noblas"]) == 0
    err = capsys.readouterr().err
    assert fake_build["prepared"] is False
    assert fake_build["numpy_folder"] is None
    assert trims.BLIS_STANDIN.name in fake_build["spec_trims"]  # type: ignore[operator]
    assert f"skipping numpy without BLAS (numpy 99.0.0 is installed, verified: {verified})" \
        in err


def test_build_skips_the_icu_subset_when_qt_moved(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _install(monkeypatch, **{"PySide6-Essentials": "99.1.0"})
    applied, skipped = build.choose_trims(numpy_noblas=False, unverified=False, platform="linux")
    assert applied == [trims.BLIS_STANDIN] and skipped == [trims.ICU_SUBSET]
    assert "PySide6-Essentials 99.1.0 is installed" in capsys.readouterr().err


def test_unverified_trims_applies_them_with_a_warning(
    fake_build: dict[str, object], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _install(monkeypatch, blis="99.0.1")
    assert build.main(["--numpy", "wheel", "--unverified-trims"]) == 0
    assert trims.BLIS_STANDIN.name in fake_build["spec_trims"]  # type: ignore[operator]
    assert "applying the blis.py stand-in to unverified versions" in capsys.readouterr().err


def test_enforced_budget_fails_and_names_the_skipped_trim(
    fake_build: dict[str, object], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _install(monkeypatch, blis="99.0.1")
    monkeypatch.setattr(build, "over_budget", lambda target, kind: True)
    assert build.main(["--numpy", "wheel"]) == 0  # over budget only warns without the flag
    assert build.main(["--numpy", "wheel", "--enforce-budget"]) == 3
    err = capsys.readouterr().err
    assert "onedir is over its 200 MB budget (the budget assumes every trim; skipped: the " \
        "blis.py stand-in: install with -c build_scripts/constraints.txt)" in err


def test_run_pyinstaller_names_the_trims_for_the_spec(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    commands: list[list[str]] = []
    monkeypatch.setattr(build.subprocess, "run",
                        lambda command, **kwargs: commands.append(command))
    build.run_pyinstaller(False, tmp_path, False, None, list(trims.SPEC_TRIMS))
    assert commands[0][-6:] == ["--licenses", str(tmp_path), "--trim", "blis-standin",
                                "--trim", "icu-subset"]
    build.run_pyinstaller(False, tmp_path, False, None, [])
    assert commands[1][-3:] == ["--", "--licenses", str(tmp_path)]


# ----------------------------------------------------------------------------- CI


def test_ci_builds_the_verified_set_and_caches_numpy_per_version() -> None:
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    build_installs = [line for line in (workflow + script).splitlines()
                      if "pip install" in line and ".[build" in line]
    assert len(build_installs) == 2
    assert all("-c build_scripts/constraints.txt" in line for line in build_installs)
    [cache_key] = [line for line in workflow.splitlines()
                   if line.strip().startswith("key: numpy-noblas-")]
    assert "steps.numpy.outputs.version" in cache_key
    assert "metadata.version(\"numpy\")" in workflow


def test_workflow_step_names_are_plain_yaml_scalars() -> None:
    # An unquoted "name: a: b" is a YAML error: GitHub would reject the whole workflow.
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    names = [line.split("name:", 1)[1].strip() for line in workflow.splitlines()
             if line.strip().removeprefix("- ").startswith("name:")]
    assert len(names) > 10
    assert [name for name in names if ": " in name and not name.startswith(("'", '"'))] == []
