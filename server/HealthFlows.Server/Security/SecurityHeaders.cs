namespace HealthFlows.Server.Security;

/// <summary>
/// Security headers on every answer (designer, API, triggers). The content security policy lets the designer's Vite
/// build work: scripts and Monaco's workers from our origin only, inline styles (React Flow and Monaco set them),
/// data: fonts and images; no framing by other sites. The API reference at /scalar runs an inline start-up script.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Set when the answer starts, so answers rewritten later (exception handler, status pages) keep them.
        context.Response.OnStarting(() =>
        {
            // TryAdd: a workflow's HTTP Response may set its own, for the answer it designed.
            var headers = context.Response.Headers;
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            headers.TryAdd("X-Frame-Options", "DENY");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("Content-Security-Policy", context.Request.Path.StartsWithSegments("/scalar") ? ApiReferencePolicy : ContentSecurityPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    });
}
