#!/usr/bin/env bash
# Builds and starts Depo on http://localhost:8000 over an embedded LiteDB file under ./data.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Depo.sln -c Release -nologo -v quiet
exec dotnet Depo.Web/bin/Release/net10.0/Depo.Web.dll "$@"
