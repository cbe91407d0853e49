# The gateway as an image. There is no container engine on the machines this project is built on:
# tests/DockingGraph.Tests/Hosting/ContainerImageTests.cs reproduces this image instead. It
# publishes with this file's `dotnet publish` line and runs the ENTRYPOINT with this file's ENV,
# USER, EXPOSE, VOLUME and HEALTHCHECK, as that user, with the app folder read-only. Keep each of
# those instructions on one line (continuations are read too) so that the test reads what Docker reads.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm installs the Banana Cake Pop bundle during the build (src/DockingGraph/Ide).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/DockingGraph/DockingGraph.csproj src/DockingGraph/
RUN dotnet restore src/DockingGraph/DockingGraph.csproj
COPY src/ src/
COPY schema/ schema/
COPY data/ data/
RUN dotnet publish src/DockingGraph/DockingGraph.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The embedded SQLite store lives in a volume the app user owns; the app folder stays read-only to it.
RUN mkdir -p /data && chown $APP_UID /data
VOLUME /data
ENV ASPNETCORE_HTTP_PORTS=8080 ConnectionStrings__Docking="Data Source=/data/docking.db"
# The aspnet image's non-root user (uid 1654).
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["dotnet", "DockingGraph.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "DockingGraph.dll"]
