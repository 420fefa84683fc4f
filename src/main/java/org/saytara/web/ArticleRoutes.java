package org.saytara.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.saytara.corpus.Article;
import org.saytara.corpus.ArticleDraft;
import org.saytara.corpus.ArticleInfo;
import org.saytara.extract.Event;

/** Reading articles with their events, and adding one. */
final class ArticleRoutes {
    private final SnapshotStore store;
    private final WriteGuard guard;
    private final Limits limits;

    ArticleRoutes(SnapshotStore store, WriteGuard guard, Limits limits) {
        this.store = store;
        this.guard = guard;
        this.limits = limits;
    }

    void list(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        Snapshot snapshot = store.current();
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> snapshot.renders().get("articles", () -> {
            List<ArticleSummary> articles = snapshot.articles().stream()
                    .map(a -> ArticleSummary.of(a, snapshot.eventsOfArticle(a.id()).size())).toList();
            return JsonResponses.bytes(new ArticleList(articles.size(), articles));
        }));
    }

    void one(Context ctx) {
        Params.onlyKnown(ctx, Set.of());
        String id = Params.id("id", ctx.pathParam("id"));
        Snapshot snapshot = store.current();
        if (snapshot.article(id) == null) throw ApiException.notFound("no article with this id");
        ConditionalGet.send(ctx, snapshot.version(), JsonResponses.JSON, () -> {
            Article article;
            try {
                // Texts stay on disk; read this one now.
                article = snapshot.loadArticle(id);
            } catch (IOException e) {
                throw new ApiException(409, "the article's file changed or went since it was read; the corpus is being read again");
            }
            return JsonResponses.bytes(ArticleDetail.of(article, snapshot.eventsOfArticle(id)));
        });
    }

    /** {@code POST /api/articles}: checks in order of cost, so a refused request costs little. */
    void add(Context ctx) {
        guard.check(ctx);
        requireJson(ctx);
        ArticleInput input = ArticleInput.parse(readBody(ctx, limits.maxBodyBytes()), limits);
        SnapshotStore.Published published = store.add(
                new ArticleDraft(input.title(), input.outlet(), input.url(), input.published(), input.text()));
        ctx.header("Location", "/api/articles/" + published.article().id());
        JsonResponses.send(ctx, 201, new Posted(PostedArticle.of(published.article()), published.events()));
    }

    /** {@code application/json}, optionally with {@code charset=utf-8}: JSON has no other encoding (RFC 8259). */
    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String[] parts = (type == null ? "" : type).toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            throw new ApiException(415, "send the article as Content-Type: application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].trim().equals("charset")) {
                String charset = param.length < 2 ? "" : param[1].trim().replace("\"", "");
                if (!charset.equals("utf-8") && !charset.equals("utf8")) throw new ApiException(415, "JSON must be UTF-8");
            }
        }
    }

    /**
     * Reads at most {@code max} bytes. Content-Length is checked first, but a chunked body has
     * none, so the read itself is bounded too.
     */
    static byte[] readBody(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) throw new ApiException(413, "request body is larger than " + max + " bytes");
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) throw new ApiException(413, "request body is larger than " + max + " bytes");
            return body;
        } catch (IOException e) {
            // A client that hangs up or sends a broken chunked body; nothing for us to log as ours.
            throw ApiException.badRequest("request body could not be read");
        }
    }

    record ArticleList(int count, List<ArticleSummary> articles) {}

    record ArticleSummary(String id, String title, String outlet, String url, LocalDate published, String language,
                          int chars, int events) {
        static ArticleSummary of(ArticleInfo a, int events) {
            return new ArticleSummary(a.id(), a.title(), a.outlet(), a.url(), a.published(), a.language(),
                    a.chars(), events);
        }
    }

    /** An article as the reader shows it. No origin: that is a file name, and files are not the client's business. */
    record ArticleDetail(String id, String title, String outlet, String url, LocalDate published, String language,
                         String text, List<Event> events) {
        static ArticleDetail of(Article a, List<Event> events) {
            return new ArticleDetail(a.id(), a.title(), a.outlet(), a.url(), a.published(), a.language(), a.text(), events);
        }
    }

    record PostedArticle(String id, String title, String outlet, String url, LocalDate published, String language,
                         String text) {
        static PostedArticle of(Article a) {
            return new PostedArticle(a.id(), a.title(), a.outlet(), a.url(), a.published(), a.language(), a.text());
        }
    }

    record Posted(PostedArticle article, List<Event> events) {}
}
