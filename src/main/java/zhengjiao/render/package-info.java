/**
 * Rendering: reports filled into the .xlsx templates of {@code templates/} (restylable by officials) and the
 * FreeMarker circular, written all or nothing through {@link zhengjiao.render.OutputStage}. The only package that
 * calls the template engines. The ranking, the allowance and the long lists (the checklist, the certification, the
 * reminder, public and payer lists) are written row by row from the same templates by {@link zhengjiao.render.ListBook}
 * ({@link zhengjiao.render.ListTables} for the lists shaped for the template engine). Start at {@link zhengjiao.render.Reports}.
 */
package zhengjiao.render;
