# Authenticode-sign files with the certificate in SARCOREF_WINDOWS_CERT_PFX (base64 of a .pfx) and its password
# in SARCOREF_WINDOWS_CERT_PASSWORD, with an RFC 3161 timestamp (the signature outlives the certificate).
#   pwsh packaging/windows/sign.ps1 dist\SarcoRef\SarcoRef.exe dist\SarcoRef\sarcoref-cli.exe
# Without the certificate it signs nothing and says so. `-Command` prints the signtool command line Inno
# Setup's /S option needs to sign the installer and its uninstaller, or nothing when there is no certificate.
param([switch]$Command, [Parameter(ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'
if (-not $env:SARCOREF_WINDOWS_CERT_PFX) {
    if (-not $Command) { Write-Host "sign: skipped, no code-signing certificate (docs/packaging.md)" }
    exit 0
}
# signtool ships with the Windows SDK: the newest x64 one
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object { [version]$_.Directory.Parent.Name } | Select-Object -Last 1
if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
$pfx = Join-Path $env:RUNNER_TEMP 'sarcoref-signing.pfx'
if (-not (Test-Path $pfx)) { [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:SARCOREF_WINDOWS_CERT_PFX)) }
$signArgs = @('sign', '/fd', 'SHA256', '/tr', 'http://timestamp.digicert.com', '/td', 'SHA256', '/f', $pfx,
          '/p', $env:SARCOREF_WINDOWS_CERT_PASSWORD)
if ($Command) { Write-Output ("`"$($signtool.FullName)`" " + ($signArgs -join ' ') + ' $f'); exit 0 }
& $signtool.FullName @signArgs @Files
if ($LASTEXITCODE) { exit $LASTEXITCODE }
& $signtool.FullName verify /pa @Files
exit $LASTEXITCODE
