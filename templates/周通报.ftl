<#-- 周通报：可用任何文本编辑器修改措辞；${...} 为程序填入的数据。period.current 为 本周/本日/近N日（run --compare-days），period.added 为 本周新增 等，period.twoRunning 为 连续两周 等。 -->
【${jurisdiction}${year}年度城乡居民医保征缴进度通报】
截至${asOf}，${jurisdiction}任务${task}人，已缴费${paid}人（其中代缴${government}人），完成率${rate}，尚差${remaining}人。${period.current}（${previous}以来）新增缴费${newThisWeek}人。<#if daysLeft gt 0>距${windowEnd}征缴截止还有${daysLeft}天。</#if>

一、各${unitWord}排名
<#list units as u>
${u.rank}. ${u.name}：${u.paid}/${u.task}人，完成率${u.rate}，${period.added}${u.newThisWeek}人<#if u.rankChange gt 0>，上升${u.rankChange}位<#elseif u.rankChange lt 0>，下降${-u.rankChange}位</#if><#if u.taskMet>，已完成任务</#if>
</#list>
<#if unmatched gt 0>
另有${unmatched}人缴费记录中的${placeWord}名称与任务分解表不符，暂未计入各${unitWord}，请核对（见核对清单）。
</#if>

二、排名靠前
<#if top?has_content><#list top as u>${u.name}（${u.rate}）<#sep>、</#sep></#list>。<#else>暂无（还没有${unitWord}有缴费人）。</#if>
<#if met?has_content>
已完成任务：<#list met as u>${u.name}<#sep>、</#sep></#list>。
</#if>
<#if risers?has_content>
进步较快：<#list risers as u>${u.name}（上升${u.rankChange}位）<#sep>、</#sep></#list>。
</#if>

三、排名靠后（末${bottomPlaces}位）
<#if bottom?has_content>
<#list bottom as u>${u.name}（${u.rate}）<#sep>、</#sep></#list>。请以上${unitWord}加大宣传动员和一对一提醒力度。
<#else>
${period.current}无。
</#if>
<#if calledIn?has_content>

四、约谈
<#list calledIn as u>${u.name}<#sep>、</#sep></#list>${period.twoRunning}排名靠后，按要求予以约谈<#if unitWord == "村">，村书记向党委政府作出检查</#if>。
</#if>

<#if allowancePer != "0">截至${allowanceDay}，各${unitWord}工作经费补助合计${allowanceTotal}元（每参保缴费一人${allowancePer}元，详见工作经费补助表）。</#if>
<#if pension??>
【居民养老保险】
截至${asOf}，${jurisdiction}养老任务${pension.task}人，已缴费${pension.paid}人（其中政府代缴${pension.government}人），完成率${pension.rate}，尚差${pension.remaining}人。${period.current}新增缴费${pension.newThisWeek}人。政府缴费补贴${pension.addition}元。
<#list pension.units as u>
${u.rank}. ${u.name}：${u.paid}/${u.task}人，完成率${u.rate}，${period.added}${u.newThisWeek}人
</#list>
<#if pension.unmatched gt 0>
另有${pension.unmatched}人养老缴费记录中的${placeWord}名称与任务分解表不符，暂未计入各${unitWord}。
</#if>
<#if pension.bottom?has_content>
养老排名靠后：<#list pension.bottom as u>${u.name}（${u.rate}）<#sep>、</#sep></#list>。
</#if>
<#if pension.problems gt 0>
另有${pension.problems}笔养老缴费缴费时未满${pension.minAge}周岁或不是规定档次，未计入，请核实（见周排名通报“养老缴费核对”）。
</#if>
</#if>
