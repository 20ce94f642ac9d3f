package zhengjiao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentPaymentsTest {

    @ParameterizedTest
    @CsvSource({"村居代收,true", "集中代收,true", "委托代收,true", "委托代征,true", "代办,true", "现金,true", "协办员收取,true",
        "政府代缴,false", "委托代缴,false", "财政资助,false", "微信,false", "银行柜台,false", "爱山东,false", "'',false"})
    void theChannelSaysWhetherAnAgentCollected(String channel, boolean agent) {
        assertEquals(agent, AgentPayments.isAgentChannel(channel));
    }
}
