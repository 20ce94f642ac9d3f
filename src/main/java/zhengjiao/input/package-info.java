/**
 * Reading the campaign folder's files: CSV in any of the encodings officials use, .xlsx streamed with cell types
 * kept, .xls; header rows found by column aliases; rows turned at once into typed records or into exclusions
 * that name the file, row and column. Start at {@link zhengjiao.input.Table} and
 * {@link zhengjiao.input.PaymentDumpReader}; subsidy policies (YAML) are read by {@link zhengjiao.input.PolicyReader},
 * department lists by {@link zhengjiao.input.SpecialListReader}, the reminder lists the villages return (every sheet) by
 * {@link zhengjiao.input.ReturnedListReader}, the agents' cash record (代收台账) by {@link zhengjiao.input.CashRecordReader}.
 */
package zhengjiao.input;
