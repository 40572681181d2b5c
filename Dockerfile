# The loader as a container: build with the SDK, run on the slim runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The graph view inlines a library installed from npm at build time (src/Graph.Export).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Project and package files first, so that the restore layers are reused while only sources change.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Graph.Core/Graph.Core.csproj src/Graph.Core/
COPY src/Graph.Neo4j/Graph.Neo4j.csproj src/Graph.Neo4j/
COPY src/Graph.Export/Graph.Export.csproj src/Graph.Export/
COPY src/Graph.Cli/Graph.Cli.csproj src/Graph.Cli/
COPY tools/graph-view/package.json tools/graph-view/package-lock.json tools/graph-view/
RUN npm ci --prefix tools/graph-view --no-audit --no-fund --omit=optional
RUN dotnet restore src/Graph.Cli/Graph.Cli.csproj
COPY src/ src/
RUN dotnet publish src/Graph.Cli/Graph.Cli.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY mappings/ /app/mappings/
# Unprivileged user of the runtime image.
USER app
ENTRYPOINT ["dotnet", "/app/graph.dll"]
CMD ["load", "/samples", "--every", "15m"]
