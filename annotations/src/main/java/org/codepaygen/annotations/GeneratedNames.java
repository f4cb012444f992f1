package org.codepaygen.annotations;

/**
 * The naming contract between the processor, which writes classes, and the runtime, which loads them. Both sides
 * call these methods so the names cannot drift apart.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  /**
   * The binary name of the immutable class generated for a model interface: {@code com.shop.CreateOrder} gives
   * {@code com.shop.ImmutableCreateOrder}, and the nested {@code com.shop.Api$Item} gives
   * {@code com.shop.ImmutableApi_Item}.
   */
  public static String modelImplementation(String interfaceBinaryName) {
    return sibling(interfaceBinaryName, "Immutable");
  }

  /**
   * The binary name of the client class generated for an API interface: {@code com.shop.CloudPay} gives
   * {@code com.shop.CodePay_CloudPay}.
   */
  public static String apiImplementation(String interfaceBinaryName) {
    return sibling(interfaceBinaryName, "CodePay_");
  }

  private static String sibling(String binaryName, String prefix) {
    int dot = binaryName.lastIndexOf('.');
    String packagePrefix = binaryName.substring(0, dot + 1);
    String simpleNames = binaryName.substring(dot + 1).replace('$', '_');
    return packagePrefix + prefix + simpleNames;
  }
}
