package org.codepaygen.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.codepaygen.api.cloud.ImmutableAdjustTip;
import org.codepaygen.api.cloud.ImmutableBatchClosed;
import org.codepaygen.api.cloud.ImmutableCloseBatch;
import org.codepaygen.api.cloud.ImmutableCloseOrder;
import org.codepaygen.api.cloud.ImmutableCreateOrder;
import org.codepaygen.api.cloud.ImmutableImageUploaded;
import org.codepaygen.api.cloud.ImmutableOrderClosed;
import org.codepaygen.api.cloud.ImmutableOrderPushed;
import org.codepaygen.api.cloud.ImmutableUploadImage;
import org.codepaygen.api.online.ImmutableCheckoutPage;
import org.codepaygen.api.online.ImmutableHostedCheckout;
import org.codepaygen.api.online.ImmutableMerchantCheckout;
import org.codepaygen.api.online.ImmutableMerchantCheckoutResult;
import org.codepaygen.api.online.ImmutablePaymentLink;
import org.codepaygen.api.online.ImmutableUnifiedOrder;
import org.codepaygen.api.qr.ImmutableQrCode;
import org.codepaygen.api.qr.ImmutableQrCodeOrder;
import org.codepaygen.api.qr.ImmutableQrPayment;
import org.codepaygen.api.qr.ImmutableScannedCodePayment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model sends and reads exactly the members the protocol lists for its method (§5, §8; the envelope's
 * {@code merchant_no} and {@code store_no} come from the client, and {@code enc_type} from the card encryption).
 * The expected names are typed from the protocol's tables, not read from the code.
 */
class WireNamesTest {
  private static Set<String> set(String names) {
    return Set.of(names.split(" "));
  }

  static Stream<Arguments> models() {
    String onlineBase = "merchant_order_no price_currency order_amount description expires attach notify_url term_ip"
        + " longitude latitude ext_params";
    String qrBase = "pay_method_id merchant_order_no price_currency order_amount trans_amount description expires"
        + " attach terminal_sn term_ip longitude latitude notify_url ext_params";
    return Stream.of(
        Arguments.of(ImmutableCreateOrder.class, set("terminal_sn message_receiving_application pay_scenario"
            + " merchant_order_no price_currency order_amount tip_amount trans_type orig_merchant_order_no"
            + " description attach notify_url expires on_screen_tip receipt_print_mode card_type pay_method_id"
            + " cashback_amount order_queue_mode reject_trade_when_terminal_offline api_version"
            + " required_terminal_authentication confirm_on_terminal on_screen_signature")),
        Arguments.of(ImmutableOrderPushed.class, set("message_id trans_no terminal_online_status trans_amount")),
        Arguments.of(ImmutableCloseOrder.class,
            set("terminal_sn message_receiving_application merchant_order_no description")),
        Arguments.of(ImmutableOrderClosed.class, set("message_id trans_no")),
        Arguments.of(ImmutableOrderQuery.class, set("merchant_order_no trans_no")),
        Arguments.of(ImmutableSubmitRefund.class, set("orig_merchant_order_no orig_trans_no merchant_order_no"
            + " price_currency order_amount trans_amount description notify_url ext_params")),
        Arguments.of(ImmutableRefundSubmitted.class, set("trans_no trans_amount")),
        Arguments.of(ImmutableRevokeOrder.class, set("merchant_order_no")),
        Arguments.of(ImmutableAdjustTip.class, set("merchant_order_no tip_adjustment_amount")),
        Arguments.of(ImmutableCloseBatch.class, set("terminal_sn")),
        Arguments.of(ImmutableBatchClosed.class, set("settle_list")),
        Arguments.of(ImmutableUploadImage.class, set("institution_no file_data")),
        Arguments.of(ImmutableImageUploaded.class, set("file_key")),
        Arguments.of(ImmutableHostedCheckout.class, set(onlineBase + " return_url order_detail")),
        Arguments.of(ImmutableCheckoutPage.class, set("pay_url")),
        Arguments.of(ImmutableMerchantCheckout.class,
            set(onlineBase + " return_url card billing_address shipping_address")),
        Arguments.of(ImmutableMerchantCheckoutResult.class, set("trans_no trans_status redirect_url_3dsecure"
            + " pay_channel_trans_no pay_user_account_id trans_end_time pay_method_id ref_no")),
        Arguments.of(ImmutableUnifiedOrder.class, set("merchant_order_no price_currency order_amount trans_amount"
            + " description terminal_type expires pay_method_id sub_pay_method_id attach return_url notify_url"
            + " os_type term_ip browser_head_user_agent language wechatpay_product_type sub_appid sub_openid"
            + " ext_params")),
        Arguments.of(ImmutablePaymentLink.class, set("pay_url pay_params pay_original_request"
            + " pay_original_response trans_amount trans_fee_c vat_amount")),
        Arguments.of(ImmutableScannedCodePayment.class, set("auth_code " + qrBase)),
        Arguments.of(ImmutableQrCodeOrder.class, set(qrBase)),
        Arguments.of(ImmutableQrCode.class, set("trans_no qrcode_url pay_original_request pay_original_response"
            + " trans_amount trans_fee_c vat_amount")),
        Arguments.of(ImmutableQrPayment.class, set("trans_no trans_status merchant_order_no price_currency"
            + " order_amount trans_amount trans_fee_c vat_amount pay_method_id pay_channel_trans_no"
            + " pay_user_account_id trans_end_time trans_error_code trans_error_msg")),
        Arguments.of(ImmutableTransaction.class, set("trans_no trans_type trans_status merchant_order_no"
            + " price_currency order_amount tip_amount cashback_amount trans_amount trans_fee_c vat_amount"
            + " settlement_currency attach description terminal_sn pay_scenario pay_method_id pay_channel_trans_no"
            + " pay_user_account_id ref_no trans_end_time trans_error_code trans_error_msg orig_trans_no"
            + " orig_merchant_order_no")));
  }

  @ParameterizedTest
  @MethodSource("models")
  void sendsAndReadsExactlyTheProtocolsMembers(Class<?> model, Set<String> expected) {
    Set<String> wireNames = Arrays.stream(model.getDeclaredFields())
        .map((Field field) -> field.getAnnotation(JsonProperty.class))
        .filter(property -> property != null)
        .map(JsonProperty::value)
        .collect(Collectors.toSet());

    assertThat(wireNames).as(model.getSimpleName()).containsExactlyInAnyOrderElementsOf(expected);
  }
}
