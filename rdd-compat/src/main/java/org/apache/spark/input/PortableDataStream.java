package org.apache.spark.input;
public class PortableDataStream implements java.io.Serializable {}
