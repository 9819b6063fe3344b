# Build and run the site. The catalog files are copied in and imported on first start;
# the SQLite working copy and the search index live on the /data volume. A container is assumed public, so
# writes (stack builder, checklist edits) are off until accounts exist; set KnowledgeBase__AllowEdits=true to allow them.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props KnowledgeBase.sln ./
COPY src/KnowledgeBase/KnowledgeBase.csproj src/KnowledgeBase/
COPY src/KnowledgeBase.Web/KnowledgeBase.Web.csproj src/KnowledgeBase.Web/
RUN dotnet restore src/KnowledgeBase.Web/KnowledgeBase.Web.csproj
COPY src/ src/
RUN dotnet publish src/KnowledgeBase.Web/KnowledgeBase.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY data/ /catalog/data/
COPY literature/ /catalog/literature/
ENV KB_DATA_DIR=/data \
    KnowledgeBase__CatalogData=/catalog/data \
    KnowledgeBase__CatalogLiterature=/catalog/literature \
    ASPNETCORE_URLS=http://+:8080 \
    KnowledgeBase__AllowEdits=false
RUN mkdir -p /data && chown app:app /data
VOLUME /data
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "kb.dll"]
