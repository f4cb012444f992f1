package org.codepaygen.api.cloud;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;
import org.codepaygen.api.PayScenario;
import org.codepaygen.api.TransType;

/** An order pushed to a terminal ({@code wisehub.cloud.pay.order}). */
@CodePayModel
public interface CreateOrder {
  /** The terminal's serial number. */
  @MaxLength(32)
  String terminalSn();

  /** The terminal application that receives the order, usually {@code "CodePay Register"}. */
  @MaxLength(32)
  String messageReceivingApplication();

  PayScenario payScenario();

  /** Unique per merchant; buys exactly one payment attempt. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  /** ISO 4217 alphabetic code, such as {@code USD}. */
  @Pattern("[A-Z]{3}")
  String priceCurrency();

  /** In the currency's major unit, such as {@code 34.50}. */
  BigDecimal orderAmount();

  Optional<BigDecimal> tipAmount();

  /** Cash the customer gets back on top of a sale. */
  Optional<BigDecimal> cashbackAmount();

  TransType transType();

  /** The order a void, refund, pre-auth cancel or completion applies to. */
  @MaxLength(32)
  Optional<String> origMerchantOrderNo();

  /** Restricts the payment to one method, such as a card scheme or wallet id. */
  Optional<String> payMethodId();

  @MaxLength(128)
  Optional<String> description();

  /** Returned as is in queries and notifications. */
  @MaxLength(128)
  Optional<String> attach();

  /** Where the gateway posts the result. */
  @MaxLength(256)
  Optional<String> notifyUrl();

  /** Seconds the terminal waits for the customer. */
  Optional<Integer> expires();

  /** Whether the terminal asks the customer for a tip. */
  Optional<Boolean> onScreenTip();

  /** Whether the terminal asks the customer to sign on screen. */
  Optional<Boolean> onScreenSignature();

  /** What the terminal prints, 0 to 3, as CodePay's terminal documentation defines. */
  Optional<Integer> receiptPrintMode();

  /** Which cards the terminal accepts, 1 to 4, as CodePay's terminal documentation defines. */
  Optional<Integer> cardType();

  /** How the terminal queues orders pushed while it is busy, such as {@code FIFO}. */
  @Pattern("[A-Z_]+")
  Optional<String> orderQueueMode();

  /** Whether the gateway refuses the order at once when the terminal is offline, instead of queueing it. */
  Optional<Boolean> rejectTradeWhenTerminalOffline();

  /** Whether the terminal's operator must authenticate before taking the order. */
  Optional<Boolean> requiredTerminalAuthentication();

  /** Whether the operator confirms the order on the terminal before the customer pays. */
  Optional<Boolean> confirmOnTerminal();

  /** The terminal API version the order is written for, when CodePay asks for one. */
  Optional<String> apiVersion();
}
