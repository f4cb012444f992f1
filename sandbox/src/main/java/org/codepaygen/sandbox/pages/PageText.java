package org.codepaygen.sandbox.pages;

import java.util.EnumMap;
import java.util.Map;
import org.codepaygen.runtime.Language;

/**
 * Every word the customer pages show, in the four languages CodePay speaks. Constant text only: what a merchant
 * sent is never in here, and reaches a page escaped through {@link Html#text}.
 */
enum PageText {
  SANDBOX_BANNER(
      "CodePay sandbox · test mode: no real money moves",
      "CodePay 沙箱 · 测试模式：不会产生真实扣款",
      "CodePay サンドボックス · テストモード：実際のお金は動きません",
      "Bac à sable CodePay · mode test : aucun argent réel n'est débité"),
  CHECKOUT_TITLE("Checkout", "收银台", "お支払い", "Paiement"),
  MERCHANT("Merchant", "商户", "加盟店", "Marchand"),
  ORDER_NO("Order number", "订单号", "注文番号", "Numéro de commande"),
  TRANS_NO("Transaction number", "交易号", "取引番号", "Numéro de transaction"),
  DESCRIPTION("Description", "描述", "説明", "Description"),
  ITEMS("Items", "商品明细", "明細", "Articles"),
  ITEM("Item", "商品", "商品", "Article"),
  QUANTITY("Quantity", "数量", "数量", "Quantité"),
  UNIT_PRICE("Unit price", "单价", "単価", "Prix unitaire"),
  LINE_AMOUNT("Amount", "小计", "小計", "Total"),
  CARD_NUMBER("Card number", "卡号", "カード番号", "Numéro de carte"),
  CARD_EXPIRY("Expiry (MM/YY)", "有效期 (MM/YY)", "有効期限 (MM/YY)", "Expiration (MM/AA)"),
  CARD_CVV("Security code (CVV)", "安全码 (CVV)", "セキュリティコード (CVV)", "Cryptogramme (CVV)"),
  CARD_HOLDER("Name on card", "持卡人姓名", "カード名義", "Nom du titulaire"),
  TEST_CARDS(
      "Test cards: 4242 4242 4242 4242 is approved, 4000 0000 0000 0002 is declined, 4000 0000 0000 3220 asks for"
          + " 3-D Secure. Any future expiry and any 3 digits.",
      "测试卡：4242 4242 4242 4242 支付成功，4000 0000 0000 0002 被拒绝，4000 0000 0000 3220 需要 3-D Secure 验证。"
          + "有效期填写任意未来日期，安全码任意 3 位数字。",
      "テストカード：4242 4242 4242 4242 は承認、4000 0000 0000 0002 は拒否、4000 0000 0000 3220 は 3-D セキュア"
          + "認証を求めます。有効期限は未来の任意の日付、セキュリティコードは任意の 3 桁です。",
      "Cartes de test : 4242 4242 4242 4242 est acceptée, 4000 0000 0000 0002 est refusée, 4000 0000 0000 3220"
          + " demande 3-D Secure. N'importe quelle date future et 3 chiffres quelconques."),
  PAY("Pay", "支付", "支払う", "Payer"),
  DECLINE("Simulate a declined payment", "模拟支付被拒绝", "支払い拒否をシミュレート", "Simuler un refus"),
  ABANDON("Cancel and return to the shop", "取消并返回商户", "キャンセルしてショップに戻る",
      "Annuler et revenir à la boutique"),
  EXPIRES_AT("This link expires at", "此链接的失效时间", "このリンクの有効期限", "Ce lien expire le"),
  CARD_REJECTED(
      "Check the card: the number must pass the Luhn check, the expiry must be MM/YY and not past, the security"
          + " code 3 or 4 digits.",
      "请检查银行卡：卡号须通过 Luhn 校验，有效期格式为 MM/YY 且未过期，安全码为 3 或 4 位数字。",
      "カードを確認してください：カード番号は Luhn チェックに合格し、有効期限は MM/YY 形式で過去でなく、"
          + "セキュリティコードは 3 桁か 4 桁でなければなりません。",
      "Vérifiez la carte : le numéro doit passer le contrôle de Luhn, l'expiration être au format MM/AA et non"
          + " passée, le cryptogramme compter 3 ou 4 chiffres."),
  PAYMENT_LINK_TITLE("Payment link", "支付链接", "支払いリンク", "Lien de paiement"),
  WALLET("Wallet", "钱包", "ウォレット", "Portefeuille"),
  PAY_WITH_WALLET("Pay with the wallet (simulated)", "使用钱包支付（模拟）", "ウォレットで支払う（シミュレーション）",
      "Payer avec le portefeuille (simulation)"),
  THREE_DS_TITLE("3-D Secure verification", "3-D Secure 验证", "3-D セキュア認証", "Vérification 3-D Secure"),
  THREE_DS_EXPLAIN(
      "Your bank asks you to confirm this payment. In the sandbox, choose the outcome.",
      "您的发卡行要求确认此笔付款。在沙箱中，请选择验证结果。",
      "カード会社がこのお支払いの確認を求めています。サンドボックスでは結果を選んでください。",
      "Votre banque vous demande de confirmer ce paiement. Dans le bac à sable, choisissez le résultat."),
  THREE_DS_APPROVE("Approve", "验证通过", "承認する", "Approuver"),
  THREE_DS_FAIL("Fail authentication", "验证失败", "認証に失敗させる", "Faire échouer l'authentification"),
  QR_TITLE("Scan to pay", "扫码支付", "スキャンして支払う", "Scanner pour payer"),
  QR_EXPLAIN(
      "Scan this code with a wallet app, or simulate the customer's scan below.",
      "请使用钱包应用扫描此二维码，或在下方模拟顾客扫码。",
      "ウォレットアプリでこのコードをスキャンするか、下でお客様のスキャンをシミュレートしてください。",
      "Scannez ce code avec une application de portefeuille, ou simulez le scan du client ci-dessous."),
  QR_SIMULATE("Simulate scan and pay", "模拟扫码并支付", "スキャンと支払いをシミュレート",
      "Simuler le scan et le paiement"),
  PAID_TITLE("Payment completed", "支付成功", "お支払いが完了しました", "Paiement effectué"),
  FAILED_TITLE("Payment failed", "支付失败", "お支払いに失敗しました", "Échec du paiement"),
  ABANDONED_TITLE("Payment cancelled", "支付已取消", "お支払いはキャンセルされました", "Paiement annulé"),
  PROCESSING_TITLE("Payment being processed", "支付处理中", "お支払いを処理しています", "Paiement en cours"),
  PROCESSING_EXPLAIN(
      "The shop will learn the outcome from CodePay.",
      "商户将从 CodePay 获知支付结果。",
      "結果は CodePay からショップに通知されます。",
      "La boutique connaîtra le résultat par CodePay."),
  BAD_FORM_TITLE("The form was not understood", "无法识别此表单", "フォームを認識できません",
      "Le formulaire n'a pas été compris"),
  BAD_FORM_EXPLAIN(
      "Go back to the payment page and use one of its buttons.",
      "请返回支付页面并使用页面上的按钮。",
      "支払いページに戻り、ページ上のボタンを使ってください。",
      "Revenez à la page de paiement et utilisez l'un de ses boutons."),
  EXPIRED_TITLE("This payment link has expired", "此支付链接已过期", "この支払いリンクは有効期限が切れています",
      "Ce lien de paiement a expiré"),
  EXPIRED_EXPLAIN(
      "Go back to the shop and start the payment again.",
      "请返回商户重新发起支付。",
      "ショップに戻って、もう一度お支払いを始めてください。",
      "Revenez à la boutique et recommencez le paiement."),
  ALREADY_PAID_TITLE("This order has already been paid", "此订单已支付", "この注文は支払い済みです",
      "Cette commande est déjà payée"),
  ALREADY_PAID_EXPLAIN(
      "Nothing more is charged. You can close this page.",
      "不会再次扣款。您可以关闭此页面。",
      "これ以上の請求はありません。このページを閉じてかまいません。",
      "Rien de plus n'est débité. Vous pouvez fermer cette page."),
  CLOSED_TITLE("This payment is closed", "此笔支付已关闭", "この支払いは終了しています", "Ce paiement est clos"),
  CLOSED_EXPLAIN(
      "It was declined, failed or cancelled. Go back to the shop to try again.",
      "该支付已被拒绝、失败或取消。请返回商户重试。",
      "この支払いは拒否、失敗、またはキャンセルされました。ショップに戻ってやり直してください。",
      "Il a été refusé, a échoué ou a été annulé. Revenez à la boutique pour réessayer."),
  UNKNOWN_TITLE("This payment link is not valid", "此支付链接无效", "この支払いリンクは無効です",
      "Ce lien de paiement n'est pas valide"),
  UNKNOWN_EXPLAIN(
      "Check the address, or ask the shop for a new link.",
      "请检查地址，或向商户索取新的链接。",
      "アドレスを確認するか、ショップに新しいリンクを依頼してください。",
      "Vérifiez l'adresse ou demandez un nouveau lien à la boutique.");

  private final Map<Language, String> texts = new EnumMap<>(Language.class);

  PageText(String enUs, String zhCn, String jaJp, String frFr) {
    texts.put(Language.EN_US, enUs);
    texts.put(Language.ZH_CN, zhCn);
    texts.put(Language.JA_JP, jaJp);
    texts.put(Language.FR_FR, frFr);
  }

  String in(Language language) {
    return texts.get(language);
  }
}
