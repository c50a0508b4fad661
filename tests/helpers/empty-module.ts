// In tests, 'server-only' resolves here: the guard it provides is Next's bundler's job.
export {};
