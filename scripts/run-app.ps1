# Prepares the machine if needed (scripts\setup.ps1), then starts Mileo Desk:
#   .\scripts\run-app.ps1 [args...]
$ErrorActionPreference = 'Stop'
$Root = Split-Path -Parent $PSScriptRoot
& (Join-Path $PSScriptRoot 'setup.ps1')
$Venv = if ($env:MILEO_VENV) { $env:MILEO_VENV } else { Join-Path $Root '.venv' }
Set-Location $Root
& (Join-Path $Venv 'Scripts\python.exe') -m mileo_desk @args
exit $LASTEXITCODE
