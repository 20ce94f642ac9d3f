/**
 * Rendering: reports filled into the .xlsx templates of {@code templates/} (restylable by officials) and the
 * FreeMarker circular, written all or nothing through {@link zhengjiao.render.OutputStage}. The only package that
 * calls the template engines. Start at {@link zhengjiao.render.Reports}.
 */
package zhengjiao.render;
