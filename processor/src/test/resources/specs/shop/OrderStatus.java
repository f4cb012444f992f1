package shop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** What the gateway knows of a transaction. */
@CodePayModel
public interface OrderStatus {
  String transNo();

  TransType transType();

  int transStatus();

  boolean tipped();

  byte cardType();

  short receiptPrintMode();

  long sequence();

  float rate();

  double exchangeRate();

  Integer retries();

  Long batchNo();

  Boolean settled();

  Byte channel();

  Short region();

  Float fee();

  Double discount();

  BigInteger points();

  Optional<BigDecimal> tipAmount();

  LocalDateTime transEndTime();

  Optional<Instant> settledAt();

  LocalDate settlementDate();

  Optional<TransType> origTransType();
}
