/**
 * A CodePay user's application as a named module. It reads the runtime and the annotations by their module names;
 * the generated code also needs Retrofit's and Jackson's annotations, and the runtime and Jackson reach the
 * generated classes reflectively.
 */
module org.codepaygen.example.modular {
  requires org.codepaygen.runtime;
  requires org.codepaygen.annotations;
  requires retrofit2;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;
  // The runtime is an automatic module and cannot say it needs Bouncy Castle (keys in PEM), whose jars are named
  // modules: without these two, java --module leaves them out of the graph.
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  // @javax.annotation.processing.Generated on the generated code: source retention, needed to compile only.
  requires static java.compiler;

  opens org.codepaygen.example.modular to org.codepaygen.runtime, com.fasterxml.jackson.databind;
}
