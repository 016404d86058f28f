package dev.newsgraph.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates ({@code src/main/resources/dev/newsgraph/server/pages/*.jte}), compiled to
 * classes of this package when the module is built (jte-maven-plugin), so that nothing is parsed
 * or compiled while serving and a template that does not fit its view fails the build. Every
 * value a template writes is escaped for where it stands ({@link PageOutput}). Thread-safe.
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), Templates.class.getPackageName());

    /** The page {@code name} (its file name without {@code .jte}) showing {@code view}. */
    String render(String name, Object view) {
        StringOutput out = new StringOutput(8192);
        engine.render(name + ".jte", view, new PageOutput(out));
        return out.toString();
    }
}
