using Microsoft.Extensions.FileProviders;

namespace HealthFlows.Server.Designer;

/// <summary>Serves the built designer (a single-page app) at <c>/</c>, with index.html for its client-side routes.</summary>
public static class DesignerFiles
{
    /// <summary>The designer's folder: configured, or designer/dist found by walking up from the content root.</summary>
    public static string? Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "designer", "dist");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }
        }

        var bundled = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return File.Exists(Path.Combine(bundled, "index.html")) ? bundled : null;
    }

    public static WebApplication UseDesigner(this WebApplication app, string? path)
    {
        if (path is null)
        {
            app.MapGet("/", () => TypedResults.Content(
                "<!doctype html><title>HealthFlows</title><p>The designer is not built. Run <code>npm ci &amp;&amp; npm run build</code> in <code>designer/</code> (the README's run command does this), then restart the server.</p>",
                "text/html")).ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(path);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files }).ExcludeFromDescription();
        return app;
    }
}
