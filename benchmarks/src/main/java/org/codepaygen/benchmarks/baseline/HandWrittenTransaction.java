package org.codepaygen.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The transaction DTO a merchant writes by hand: public fields bound by name, codes and times kept as the strings
 * the gateway sends (the generated model turns them into enums and {@code LocalDateTime}s).
 */
public final class HandWrittenTransaction {
  @JsonProperty("trans_no") public String transNo;
  @JsonProperty("trans_type") public String transType;
  @JsonProperty("trans_status") public String transStatus;
  @JsonProperty("merchant_order_no") public String merchantOrderNo;
  @JsonProperty("price_currency") public String priceCurrency;
  @JsonProperty("order_amount") public BigDecimal orderAmount;
  @JsonProperty("tip_amount") public BigDecimal tipAmount;
  @JsonProperty("trans_amount") public BigDecimal transAmount;
  @JsonProperty("attach") public String attach;
  @JsonProperty("terminal_sn") public String terminalSn;
  @JsonProperty("pay_scenario") public String payScenario;
  @JsonProperty("pay_method_id") public String payMethodId;
  @JsonProperty("trans_end_time") public String transEndTime;
  @JsonProperty("trans_error_code") public String transErrorCode;
  @JsonProperty("trans_error_msg") public String transErrorMsg;
  @JsonProperty("orig_trans_no") public String origTransNo;
}
