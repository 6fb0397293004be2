# syntax=docker/dockerfile:1
# HealthFlows server with the designer built in. Build from the repository root: docker build -t healthflows .

FROM node:20-bookworm-slim AS designer
WORKDIR /src/designer
COPY designer/package.json designer/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY designer/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS server
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY server/ server/
COPY activities/ activities/
COPY tools/ tools/
COPY workflows/ workflows/
RUN dotnet publish server/HealthFlows.Server/HealthFlows.Server.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=server /app ./
COPY --from=designer /src/designer/dist ./wwwroot
RUN mkdir -p /data && chown "$APP_UID" /data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    HealthFlows__DataDirectory=/data
VOLUME /data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "HealthFlows.Server.dll"]
