# Prepares the machine if needed (scripts\setup.ps1), then runs every check:
#   ruff check . -> mypy mileo_desk -> lint-imports -> pytest [args...]
# All stages run; the exit code is that of the first stage that failed
# (pytest's 5, "no tests collected", counts as a failure).
#   .\scripts\run-tests.ps1 tests\test_x.py -k y
# PostgreSQL tests need a local PostgreSQL install (else they are skipped);
# PC/SC tests need pcscd + vpcd, which exist only on Linux (skipped here).
# Knobs: QT_QPA_PLATFORM (default offscreen), MILEO_SKIP_LINT=1,
# MILEO_FAIL_FAST=1, MILEO_TEST_TIMEOUT (seconds per test, default 300).
$ErrorActionPreference = 'Stop'
$Root = Split-Path -Parent $PSScriptRoot
$Venv = if ($env:MILEO_VENV) { $env:MILEO_VENV } else { Join-Path $Root '.venv' }
$Bin = Join-Path $Venv 'Scripts'
$PytestArgs = @($args)

$script:FirstFailure = 0
$script:Summary = @()
$runClock = [System.Diagnostics.Stopwatch]::StartNew()

function Complete-Run {
    Write-Host "`n== summary =="
    $script:Summary | ForEach-Object { Write-Host $_ }
    Write-Host ('   total {0:N1}s' -f $runClock.Elapsed.TotalSeconds)
    if ($script:FirstFailure -ne 0) {
        Write-Host "run-tests: FAILED (exit $($script:FirstFailure))"
    } else {
        Write-Host 'run-tests: all stages passed'
    }
    exit $script:FirstFailure
}

function Invoke-Stage([string]$Name, [scriptblock]$Body) {
    Write-Host "`n== $Name"
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $status = 0
    try {
        & $Body
        $status = $LASTEXITCODE
    } catch {
        Write-Host $_
        $status = 1
    }
    if ($null -eq $status) { $status = 0 }
    if ($Name -eq 'pytest' -and $status -eq 5) {
        Write-Host 'run-tests: pytest collected no tests: treated as a failure'
    }
    $verdict = if ($status -eq 0) { 'ok' } else { "FAILED ($status)" }
    $secs = '{0:N1}' -f $clock.Elapsed.TotalSeconds
    Write-Host "== ${Name}: $verdict in ${secs}s"
    $script:Summary += ('   {0,-14} {1,-12} {2,6}s' -f $Name, $verdict, $secs)
    if ($status -ne 0 -and $script:FirstFailure -eq 0) { $script:FirstFailure = $status }
    if ($status -ne 0 -and $env:MILEO_FAIL_FAST -eq '1') { Complete-Run }
}

Invoke-Stage 'setup' { & (Join-Path $PSScriptRoot 'setup.ps1'); $global:LASTEXITCODE = 0 }
if ($script:FirstFailure -ne 0) { Complete-Run }

Set-Location $Root
if (-not $env:QT_QPA_PLATFORM) { $env:QT_QPA_PLATFORM = 'offscreen' }

if ($env:MILEO_SKIP_LINT -ne '1') {
    Invoke-Stage 'ruff' { & (Join-Path $Bin 'ruff.exe') check . }
    Invoke-Stage 'mypy' { & (Join-Path $Bin 'mypy.exe') mileo_desk }
    Invoke-Stage 'import-linter' { & (Join-Path $Bin 'lint-imports.exe') }
}

$py = Join-Path $Bin 'python.exe'
$extra = @('-p', 'no:cacheprovider')
& $py -c 'import pytest_timeout' 2>$null | Out-Null
if ($LASTEXITCODE -eq 0 -and -not ($PytestArgs | Where-Object { $_ -like '--timeout*' })) {
    $timeout = if ($env:MILEO_TEST_TIMEOUT) { $env:MILEO_TEST_TIMEOUT } else { '300' }
    $extra += "--timeout=$timeout"
}
Invoke-Stage 'pytest' { & $py -m pytest @extra @PytestArgs }

Complete-Run
