// What `/` answers when the web app was never built (a developer running only the api): how to
// build it, instead of a JSON 404 that says nothing.
export function notBuiltPage(nonce: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>网页尚未构建 · 社区责任台账</title>
<style nonce="${nonce}">
body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.7; color: #1f1f1f; }
code { background: #f2f2f2; padding: 0.1rem 0.3rem; border-radius: 4px; }
</style>
</head>
<body>
<h1>网页尚未构建</h1>
<p>服务器正在运行，接口 <code>/graphql</code> 可以使用，但网页还没有构建，所以这里暂时没有页面。</p>
<p>请在项目目录中用 <code>npm start</code> 启动服务器（它会在需要时自动构建网页）；或者先运行 <code>npm run build:web</code>，生成 <code>dist/web/</code>，再重新启动服务器。</p>
</body>
</html>
`;
}
