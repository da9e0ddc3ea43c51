# Prepares a Windows machine for Mileo Desk: .venv with Python >= 3.11 and an
# editable install of the project with its dev and readers extras.
# Idempotent: a stamp in the venv (hash of pyproject.toml, this script and the
# extras) makes a repeated run near-instant.
#
# Not installed here (Windows has no apt): PostgreSQL (the tests that need it
# look for initdb/pg_ctl/postgres under "C:\Program Files\PostgreSQL\<ver>\bin",
# on PATH, or in $env:MILEO_PG_BINDIR; without them they are skipped), and the
# vpcd virtual smart-card reader (Linux only: the PC/SC tests are skipped).
# Windows' own Smart Card service serves real readers.
#
# Environment knobs: MILEO_VENV, MILEO_PYTHON (python.exe to use), MILEO_EXTRAS,
# MILEO_SETUP_FORCE=1.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = Split-Path -Parent $PSScriptRoot
$Venv = if ($env:MILEO_VENV) { $env:MILEO_VENV } else { Join-Path $Root '.venv' }
$Extras = if ($env:MILEO_EXTRAS) { $env:MILEO_EXTRAS } else { 'dev,readers' }
$VenvPy = Join-Path $Venv 'Scripts\python.exe'
$Stamp = Join-Path $Venv '.mileo-setup.stamp'

function Write-Setup([string]$Message) { [Console]::Error.WriteLine("setup: $Message") }

function Test-Python([string[]]$Command) {
    # True when the command runs a Python >= 3.11.
    try {
        $exe = $Command[0]
        $rest = @($Command | Select-Object -Skip 1)
        & $exe @rest -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>$null | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    }
}

function Find-Python {
    if ($env:MILEO_PYTHON) {
        if (Test-Python @($env:MILEO_PYTHON)) { return , @($env:MILEO_PYTHON) }
        throw "MILEO_PYTHON=$($env:MILEO_PYTHON) is not a working Python >= 3.11"
    }
    $candidates = @(
        @('py', '-3.11'), @('py', '-3.12'), @('py', '-3.13'), @('py', '-3'),
        @('python3.11'), @('python3'), @('python')
    )
    foreach ($candidate in $candidates) {
        if (Get-Command $candidate[0] -ErrorAction SilentlyContinue) {
            if (Test-Python $candidate) { return , $candidate }
        }
    }
    return $null
}

$sha = [System.Security.Cryptography.SHA256]::Create()
[byte[]]$bytes = [System.IO.File]::ReadAllBytes((Join-Path $Root 'pyproject.toml')) +
                 [System.IO.File]::ReadAllBytes($PSCommandPath) +
                 [System.Text.Encoding]::UTF8.GetBytes("extras=$Extras")
$Key = -join ($sha.ComputeHash($bytes) | ForEach-Object { $_.ToString('x2') })

if (-not $env:MILEO_SETUP_FORCE -and (Test-Path $Stamp) -and
    ((Get-Content -Raw $Stamp).Trim() -eq $Key) -and (Test-Python @($VenvPy))) {
    exit 0
}

$started = Get-Date
Write-Setup "preparing $Root"

if (-not (Test-Python @($VenvPy))) {
    $python = Find-Python
    if (-not $python) {
        throw 'no Python >= 3.11 found: install it from python.org (with the "py" launcher) or set MILEO_PYTHON'
    }
    if (Test-Path $Venv) {
        if (Test-Path (Join-Path $Venv 'pyvenv.cfg')) {
            Write-Setup "removing unusable venv $Venv"
            Remove-Item -Recurse -Force $Venv
        } else {
            throw "$Venv exists and is not a virtual environment: move it away or set MILEO_VENV"
        }
    }
    Write-Setup "creating $Venv with $($python -join ' ')"
    $exe = $python[0]
    $rest = @($python | Select-Object -Skip 1)
    & $exe @rest -m venv $Venv
    if ($LASTEXITCODE -ne 0) { throw 'could not create the venv' }
}

& $VenvPy -m pip install --quiet --upgrade pip
if ($LASTEXITCODE -ne 0) { throw 'pip upgrade failed' }
Push-Location $Root
try {
    & $VenvPy -m pip install --quiet --progress-bar off -e ".[$Extras]"
    if ($LASTEXITCODE -ne 0) { throw "pip install -e .[$Extras] failed" }
} finally {
    Pop-Location
}

Set-Content -Path $Stamp -Value $Key -Encoding ascii
Write-Setup ("ready in {0:N1} s" -f ((Get-Date) - $started).TotalSeconds)
if (-not (Get-Command initdb -ErrorAction SilentlyContinue) -and -not $env:MILEO_PG_BINDIR -and
    -not (Test-Path "$env:ProgramFiles\PostgreSQL")) {
    Write-Setup 'note: PostgreSQL not found; its tests will be skipped (install PostgreSQL 15+ from postgresql.org)'
}
