# Multi-stage build of the gateway. There is no container engine on the machines this project is
# built on, so this file is kept minimal and is not exercised by CI.
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
# The image's non-root user; the embedded SQLite file goes to its home unless
# ConnectionStrings__Docking says otherwise.
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "DockingGraph.dll"]
