#!/usr/bin/env bash
# Prepares a machine for Mileo Desk: system packages (Debian/Ubuntu apt), the
# .venv with Python >= 3.11, and an editable install of the project with its
# dev and readers extras.
#
# Quiet (apt and pip speak only when they fail) and idempotent: a stamp file in the
# venv, keyed on pyproject.toml, this script and the package list, makes a
# repeated run cost a few tens of milliseconds.
#
# Environment knobs:
#   MILEO_VENV=DIR          venv location (default: <repo>/.venv)
#   MILEO_PYTHON=EXE        interpreter used to create the venv
#   MILEO_EXTRAS=a,b        extras to install (default: dev,readers)
#   MILEO_SKIP_SYSTEM=1     never touch system packages
#   MILEO_SETUP_FORCE=1     ignore the stamp and redo everything
#
# Works with macOS's bash 3.2 (no associative arrays, no EPOCHREALTIME).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MILEO_VENV:-$ROOT/.venv}"
EXTRAS="${MILEO_EXTRAS:-dev,readers}"
STAMP="$VENV/.mileo-setup.stamp"
MIN_PY_MAJOR=3
MIN_PY_MINOR=11

# Debian/Ubuntu packages the app and its test suite use.
APT_PACKAGES=(
    gcc swig libpcsclite-dev pcscd vsmartcard-vpcd
    postgresql postgresql-contrib
    xvfb xauth xdotool poppler-utils fonts-dejavu-core
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
    libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libegl1 libgl1 libfontconfig1 libdbus-1-3
    gnome-keyring dbus-x11
)

log() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

is_true() {
    case "${1:-}" in 1 | true | TRUE | True | yes | on) return 0 ;; *) return 1 ;; esac
}

now() {
    if [ -n "${EPOCHREALTIME:-}" ]; then printf '%s' "$EPOCHREALTIME"; else date +%s; fi
}

sha256_of_stdin() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum | cut -d' ' -f1
    else
        shasum -a 256 | cut -d' ' -f1
    fi
}

have_apt() {
    [ "$(uname -s)" = Linux ] && command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1
}

venv_python() {
    if [ -x "$VENV/bin/python" ]; then
        printf '%s' "$VENV/bin/python"
    elif [ -x "$VENV/Scripts/python.exe" ]; then
        printf '%s' "$VENV/Scripts/python.exe"
    else
        printf '%s' "$VENV/bin/python"
    fi
}

# True when EXE runs and is Python >= 3.11.
python_ok() {
    "$1" -c "import sys; sys.exit(0 if sys.version_info >= ($MIN_PY_MAJOR, $MIN_PY_MINOR) else 1)" \
        >/dev/null 2>&1
}

# Prints the first suitable interpreter on PATH (or MILEO_PYTHON), or nothing.
find_python() {
    local candidate
    if [ -n "${MILEO_PYTHON:-}" ]; then
        python_ok "$MILEO_PYTHON" && { printf '%s' "$MILEO_PYTHON"; return 0; }
        die "MILEO_PYTHON=$MILEO_PYTHON is not a working Python >= $MIN_PY_MAJOR.$MIN_PY_MINOR"
    fi
    for candidate in python3.11 python3.12 python3.13 python3.14 python3 python; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# Packages from APT_PACKAGES (plus extra arguments) that dpkg does not report installed.
missing_apt_packages() {
    local installed pkg
    # dpkg-query exits 1 when some package is unknown: its output still lists the others.
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null || true)"
    installed="$(printf '%s\n' "$installed" | awk '$2 == "ii" { print $1 }')"
    for pkg in "$@"; do
        case $'\n'"$installed"$'\n' in
            *$'\n'"$pkg"$'\n'*) ;;
            *) printf '%s\n' "$pkg" ;;
        esac
    done
}

# Runs a command as root: directly, or through sudo (non-interactive without a terminal).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        if [ -t 0 ] && ! is_true "${CI:-}"; then
            sudo "$@"
        else
            sudo -n "$@"
        fi
    else
        return 126
    fi
}

can_be_root() {
    [ "$(id -u)" -eq 0 ] && return 0
    command -v sudo >/dev/null 2>&1 || return 1
    if [ -t 0 ] && ! is_true "${CI:-}"; then return 0; fi
    sudo -n true >/dev/null 2>&1
}

# apt-get with a wait on the dpkg lock and a few retries (another apt may be running).
# Quiet: apt's and dpkg's pages of progress go to a log, shown only when apt fails.
apt_get() {
    local attempt apt_log status
    apt_log="$(mktemp "${TMPDIR:-/tmp}/mileo-desk-apt.XXXXXX")"
    for attempt in 1 2 3 4 5; do
        status=0
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -qq -y \
            -o DPkg::Lock::Timeout=120 -o Dpkg::Use-Pty=0 "$@" >"$apt_log" 2>&1 || status=$?
        if [ "$status" -eq 0 ]; then
            rm -f "$apt_log"
            return 0
        fi
        tail -n 20 "$apt_log" >&2
        log "apt-get $1 failed (attempt $attempt/5); retrying in $((attempt * 5)) s"
        sleep $((attempt * 5))
    done
    rm -f "$apt_log"
    return 1
}

install_system_packages() {
    local -a missing available unavailable
    local pkg line policy
    missing=()
    while IFS= read -r line; do
        [ -n "$line" ] && missing+=("$line")
    done < <(missing_apt_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0

    if is_true "${MILEO_SKIP_SYSTEM:-}"; then
        log "MILEO_SKIP_SYSTEM set; not installing: ${missing[*]}"
        return 0
    fi
    if ! can_be_root; then
        log "warning: missing system packages and no root/sudo: ${missing[*]}"
        log "warning: install them with: sudo apt-get install ${missing[*]}"
        log "warning: tests that need them will be skipped (or fail under CI)"
        return 0
    fi

    log "installing system packages: ${missing[*]}"
    apt_get update || die "apt-get update failed"
    available=()
    unavailable=()
    for pkg in "${missing[@]}"; do
        # A package with no install candidate (e.g. not in this distribution release).
        policy="$(apt-cache policy "$pkg" 2>/dev/null || true)"
        if [[ "$policy" == *"Candidate: "* && "$policy" != *"Candidate: (none)"* ]]; then
            available+=("$pkg")
        else
            unavailable+=("$pkg")
        fi
    done
    if [ "${#unavailable[@]}" -gt 0 ]; then
        log "warning: no apt candidate for: ${unavailable[*]} (skipped)"
    fi
    if [ "${#available[@]}" -gt 0 ]; then
        apt_get install --no-install-recommends "${available[@]}" || die "apt-get install failed"
    fi
}

macos_hints() {
    log "macOS: no apt; system packages are not installed automatically."
    if command -v brew >/dev/null 2>&1; then
        log "  for the PostgreSQL and PDF tests: brew install postgresql@15 poppler swig"
        log "  (PC/SC is built into macOS; the vpcd virtual reader is Linux-only, so pcsc tests skip)"
    else
        log "  install Homebrew (https://brew.sh), then: brew install postgresql@15 poppler swig"
    fi
}

# ---------------------------------------------------------------------------

started="$(now)"
cd "$ROOT"
[ -f pyproject.toml ] || die "no pyproject.toml in $ROOT"

system_packages=()
if have_apt && ! is_true "${MILEO_SKIP_SYSTEM:-}"; then
    system_packages=("${APT_PACKAGES[@]}")
fi

key="$(
    {
        cat pyproject.toml "$ROOT/scripts/setup.sh"
        printf 'extras=%s\n' "$EXTRAS"
        printf 'apt=%s\n' "${system_packages[*]:-}"
    } | sha256_of_stdin
)"

PY_VENV="$(venv_python)"

venv_current=0
if ! is_true "${MILEO_SETUP_FORCE:-}" && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$key" ] \
    && python_ok "$PY_VENV"; then
    venv_current=1
fi
missing_system=""
if [ "${#system_packages[@]}" -gt 0 ]; then
    missing_system="$(missing_apt_packages "${system_packages[@]}")"
fi

# Fast path: the venv matches the stamp and no system package is missing.
if [ "$venv_current" -eq 1 ] && [ -z "$missing_system" ]; then
    exit 0
fi
# Packages missing but no way to install them: say so once, do not redo the venv.
if [ "$venv_current" -eq 1 ] && ! can_be_root; then
    log "warning: missing system packages (no root/sudo to install them): ${missing_system//$'\n'/ }"
    exit 0
fi

# Serialise concurrent set-ups (run-app and run-tests started together).
if command -v flock >/dev/null 2>&1; then
    lock_file="${TMPDIR:-/tmp}/mileo-desk-setup.$(id -u).lock"
    exec 9>"$lock_file"
    flock 9
fi

log "preparing $ROOT"

# 1. System packages.
if have_apt; then
    if [ "$venv_current" -eq 0 ] && ! python_ok "$PY_VENV"; then
        # A venv needs ensurepip: Debian's own python3 has it in python3-venv.
        base_python="$(find_python || true)"
        if [ -n "$base_python" ] && ! "$base_python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
            ver="$("$base_python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            system_packages+=(python3-venv "python$ver-venv")
        fi
    fi
    if [ "${#system_packages[@]}" -gt 0 ]; then
        t0="$(now)"
        install_system_packages "${system_packages[@]}"
        log "system packages: ok ($(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s)"
    fi
elif [ "$(uname -s)" = Darwin ]; then
    macos_hints
else
    log "no apt-get on this machine: install the system packages by hand (see README)"
fi

if [ "$venv_current" -eq 1 ]; then
    exit 0
fi

# 2. The venv.
if ! python_ok "$PY_VENV"; then
    base_python="$(find_python || true)"
    if [ -z "$base_python" ]; then
        die "no Python >= $MIN_PY_MAJOR.$MIN_PY_MINOR found (tried python3.11 … python3, python);
       install one (Debian/Ubuntu: apt-get install python3 python3-venv; macOS: brew install python@3.11)
       or point MILEO_PYTHON at it"
    fi
    if [ -e "$VENV" ]; then
        if [ -f "$VENV/pyvenv.cfg" ] || [ -z "$(ls -A "$VENV" 2>/dev/null)" ]; then
            log "removing unusable venv $VENV"
            rm -rf "$VENV"
        else
            die "$VENV exists and is not a virtual environment: move it away or set MILEO_VENV"
        fi
    fi
    log "creating $VENV with $base_python ($("$base_python" --version 2>&1))"
    "$base_python" -m venv "$VENV" || die "could not create the venv (Debian/Ubuntu: apt-get install python3-venv)"
    PY_VENV="$(venv_python)"
fi

# 3. The project and its extras.
t0="$(now)"
"$PY_VENV" -m pip install -qq --upgrade pip >&2 || die "pip upgrade failed"
"$PY_VENV" -m pip install -qq --progress-bar off -e ".[$EXTRAS]" >&2 \
    || die "pip install -e .[$EXTRAS] failed"
log "python packages: ok ($(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s)"

printf '%s\n' "$key" >"$STAMP"
log "ready in $(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }') s ($("$PY_VENV" --version 2>&1))"
